package dev.usageschema.spark;

/** What the check of one record came to, as its {@code verdict} column gives it by name. */
public enum Verdict {
    /** Valid, with no warning. */
    ACCEPTED,
    /** Valid, with warnings in its {@code violations}. */
    ACCEPTED_WITH_WARNINGS,
    /** Not valid: at least one violation is an error, and the record has no {@code usage}. */
    REJECTED
}
