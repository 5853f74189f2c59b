package dev.usageschema.runtime;

import dev.usageschema.Checkable;
import dev.usageschema.UsageViolationException;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import java.util.List;

/**
 * The base class of generated builders: {@link #build()}, {@link #tryBuild()} and
 * {@link #violations()}, each of which makes the model from what the builder holds and runs every
 * check of the schema on exactly that model. A generated builder says only how its model is made,
 * and, when the schema has nested values, what making it rejected; the mechanics are protected, so
 * they are no part of a builder's public surface.
 *
 * @param <M> the generated model
 */
public abstract class ModelBuilder<M extends Counted> implements Checkable {

    private final String schema;

    /** @param schema the schema's name, as violations and exceptions name it */
    protected ModelBuilder(String schema) {
        this.schema = schema;
    }

    /** {@return the model of what this builder holds, not yet checked: its {@code $check} judges it} */
    protected abstract M $model();

    /**
     * {@return the violations of the nested values whose conversion the last {@link #$model()}
     * rejected, or {@code null}} A builder of a schema with nested values overrides this.
     */
    protected List<Violation> $rejected() {
        return null;
    }

    /**
     * {@return the value, after every check of the schema}
     * @throws UsageViolationException listing every error; warnings are logged, not thrown
     */
    public final M build() {
        M value = $model();
        return Violations.built(schema, value, value.$check($rejected()));
    }

    /** {@return the value and its warnings, or every violation when any is an error} Never throws. */
    public final Validated<M> tryBuild() {
        M value = $model();
        return Violations.validated(schema, value, value.$check($rejected()));
    }

    /** {@return every violation the value would have, errors and warnings, in property order} Never throws. */
    @Override
    public final List<Violation> violations() {
        M value = $model();
        return Violations.done(value.$check($rejected()));
    }
}
