package dev.usageschema.processor.model;

import dev.usageschema.runtime.Counts;

/** The largest value a count may take, decided by its Java type and {@code @Int32}. */
public enum CountRange {
    /** {@code int}, or {@code @Int32} on a wider type: a provider's 32-bit wire type. */
    INT32(Counts.INT32_MAX),
    /** A floating type, exact for every whole number up to 2^53. */
    DOUBLE_EXACT(Counts.DOUBLE_EXACT_MAX),
    /** A {@code long}. */
    LONG(Counts.LONG_MAX);

    private final long max;

    CountRange(long max) {
        this.max = max;
    }

    public long max() {
        return max;
    }
}
