package dev.usageschema;

/** What an absent (or null) part means to a {@link Sum}. */
public enum AbsentParts {
    /**
     * The total is not compared with the sum while any part is absent; but it may not be below the
     * parts given (their sum), since parts are never negative and no absent part can make it add up.
     */
    SKIP_RULE,
    /** An absent part counts as 0. */
    COUNT_AS_ZERO
}
