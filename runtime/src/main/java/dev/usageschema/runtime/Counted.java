package dev.usageschema.runtime;

import dev.usageschema.Violation;
import java.util.List;

/**
 * The base class of generated models: what a parent's {@code @AtMost} on a nested schema asks of
 * the nested model, its counts at every depth. The parent asks through {@link NestedCounts}, never
 * naming the nested schema's counts, so that it stays right when only the nested schema is
 * recompiled. The methods are protected, so they are no part of a model's public surface; the
 * {@code $} in their names keeps them apart from any property's accessor.
 */
public abstract class Counted {

    /** For generated models. */
    protected Counted() {
    }

    /**
     * {@return the largest count this model holds at any depth, or a negative {@link Counts} marker
     * when it holds none} A model is checked when built, so each of its counts is valid.
     */
    protected abstract long $maxCount();

    /**
     * Adds to {@code found} a violation of {@code rule} for each count, at any depth, above {@code bound}.
     *
     * @param found the violations found so far, or {@code null}
     * @param rule  the parent's bound, leading to this model
     * @param bound the parent's count
     * @return {@code found} with the violations added
     */
    protected abstract List<Violation> $countsAbove(List<Violation> found, NestedBoundRule rule, long bound);
}
