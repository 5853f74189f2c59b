package dev.usageschema.examples;

import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Counts for property tests, weighted toward the edges where sums overflow. */
public final class EdgeCounts {

    private EdgeCounts() {
    }

    /** 0, 1, {@code Long.MAX_VALUE} and its neighbours, 2^62 (two of them overflow), or a small count. */
    public static Arbitrary<Long> counts() {
        return Arbitraries.oneOf(Arbitraries.of(0L, 1L, Long.MAX_VALUE, Long.MAX_VALUE - 1, 1L << 62),
                Arbitraries.longs().between(0, 1000));
    }

    /** A count from {@link #counts()}, absent one time in five. */
    public static Arbitrary<OptionalLong> maybe() {
        return counts().optional(0.8).map(value -> value.map(OptionalLong::of).orElse(OptionalLong.empty()));
    }
}
