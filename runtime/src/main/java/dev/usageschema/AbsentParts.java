package dev.usageschema;

/** What an absent (or null) part means to a {@link Sum}. */
public enum AbsentParts {
    /** The rule is not checked while any part is absent. */
    SKIP_RULE,
    /** An absent part counts as 0. */
    COUNT_AS_ZERO
}
