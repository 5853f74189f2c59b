package dev.usageschema;

/** How a total relates to the sum of the parts a {@link Sum} lists. */
public enum SumRelation {
    /** The total is the sum: {@code total == prompt + completion}. */
    EQUALS,
    /**
     * The total is at least the sum, for providers whose total includes tokens they do not itemise:
     * {@code total >= prompt + completion}.
     */
    AT_LEAST
}
