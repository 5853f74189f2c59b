package dev.usageschema.sum;

import dev.usageschema.UsageViolationException;
import dev.usageschema.Validated;
import dev.usageschema.runtime.Counted;

/**
 * The base class of the models of {@code @Addable} schemas: {@code plus} and {@code tryPlus}, written
 * once here, through the model's {@link Adder}.
 *
 * @param <X> the schema
 * @param <M> its generated model, the subclass
 */
public abstract class AddableModel<X, M extends X> extends Counted {

    /** For generated models. */
    protected AddableModel() {
    }

    /** {@return the model's adder, the one its {@code adder()} gives} */
    protected abstract Adder<X, M> $adder();

    /**
     * {@return this plus {@code other}, after every check of the schema}
     * @param other any implementation, checked first
     * @throws UsageViolationException listing every violation, at {@code /1} and its path
     */
    public final M plus(X other) {
        return tryPlus(other).orElseThrow();
    }

    /**
     * {@return this plus {@code other} and its warnings, or every violation, at {@code /1} and its path} Never throws.
     * @param other any implementation, checked first
     */
    public final Validated<M> tryPlus(X other) {
        Adder<X, M> adder = $adder();
        return adder.plus(adder.modelType().cast(this), other);
    }
}
