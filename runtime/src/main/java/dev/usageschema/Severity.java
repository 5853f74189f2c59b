package dev.usageschema;

/** What breaking an invariant does. */
public enum Severity {
    /** The value is rejected: {@code build()} throws. */
    ERROR,
    /** The violation is reported (logged by {@code build()}, returned by {@code tryBuild()}), the value is kept. */
    WARNING,
    /** The invariant is not checked at all. */
    OFF
}
