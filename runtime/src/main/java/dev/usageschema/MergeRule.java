package dev.usageschema;

/** How a property that is not a count combines when two values are added ({@link Merge}). */
public enum MergeRule {
    /** Must be the same in both (given or absent alike, and equal); else {@link Rule#MISMATCH}. */
    AGREE,
    /** The first value's, or the second's when the first does not give it. */
    FIRST,
    /** The second value's when it gives it, else the first's. */
    LAST,
    /** Left out of the sum: an optional property only. */
    DROP,
    /** Added, as counts are, for a number that is not a count but adds up (a duration, a cost). */
    ADD
}
