package dev.usageschema.runtime;

import dev.usageschema.Checkable;
import dev.usageschema.Violation;
import java.util.List;

/**
 * The base class of generated models: a built value's warnings, empty unless its schema can warn,
 * and what a parent's {@code @AtMost} on a nested schema asks of the nested model, each of its
 * counts at any depth above the parent's. The parent asks through {@link NestedCounts}, never
 * naming the nested schema's counts, so that it stays right when only the nested schema is
 * recompiled. The mechanics are protected, so they are no part of a model's public surface; the
 * {@code $} in their names keeps them apart from any property's accessor.
 */
public abstract class Counted implements Checkable {

    /** For generated models. */
    protected Counted() {
    }

    /**
     * {@return the warnings of this value, in property order: a built value has no errors} A model
     * whose schema has a rule of severity {@code WARNING}, or a nested value, overrides this; one
     * whose rules are all errors has nothing to report once built, and does not check again.
     */
    @Override
    public List<Violation> violations() {
        return List.of();
    }

    /**
     * Every check of the schema on what this model holds, as its builder's {@code build()} runs them
     * on a model just made. It is called on the model, never through the builder, so that a builder
     * the JIT cannot inline into is not kept alive by a call that takes it.
     *
     * @param rejected the violations of the nested values whose conversion making this model
     *                 rejected ({@link ModelBuilder#$rejected()}), or {@code null}
     * @return every violation, errors and warnings, or {@code null} when there is none
     */
    protected abstract List<Violation> $check(List<Violation> rejected);

    /**
     * Adds to {@code found} a violation of {@code rule} for each count, at any depth, above {@code bound}.
     * A model is checked when built, so each of its counts is valid; none above the bound leaves
     * {@code found} as it was ({@code null} stays {@code null}), which is how a parent asks whether
     * any is before it makes the paths of their violations.
     *
     * @param found the violations found so far, or {@code null}
     * @param rule  the parent's bound, leading to this model
     * @param bound the parent's count
     * @return {@code found} with the violations added
     */
    protected abstract List<Violation> $countsAbove(List<Violation> found, NestedBoundRule rule, long bound);
}
