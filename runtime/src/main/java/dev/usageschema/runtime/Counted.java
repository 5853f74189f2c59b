package dev.usageschema.runtime;

import dev.usageschema.Violation;
import java.util.List;

/**
 * What a parent's {@code @AtMost} on a nested schema asks of the nested model: its counts, at
 * every depth. Generated models implement it, so that the parent's generated code never names the
 * nested schema's counts and stays right when only the nested schema is recompiled. The {@code $}
 * in the names keeps them apart from any property's accessor.
 */
public interface Counted {

    /** The largest valid count this model holds at any depth, or a negative {@link Counts} marker when it holds none. */
    long $maxCount();

    /** Adds to {@code found} a violation of {@code rule} for each count, at any depth, above {@code bound}. */
    List<Violation> $countsAbove(List<Violation> found, NestedBoundRule rule, long bound);
}
