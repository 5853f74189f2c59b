package dev.usageschema.runtime;

import dev.usageschema.Validated;
import dev.usageschema.Violation;
import java.util.List;
import java.util.function.Function;

/**
 * A nested schema's value as its holder stores it: the nested schema's own model, read once. A
 * value of another implementation is converted through the nested builder without throwing; when
 * the conversion is not valid, the value is kept only to be rejected, and
 * {@link Violations#rejected} reports why at the holder's checks.
 */
public final class NestedValues {

    private NestedValues() {
    }

    /**
     * {@return {@code given} converted to {@code model} by {@code convert}, or {@code null} when it
     * is {@code null} or a {@code model} already and there is nothing to convert}
     * @param given   the value the builder holds
     * @param model   the nested schema's model class
     * @param convert the nested schema's conversion, {@code builder().from(value).tryBuild()}
     * @param <S>     the nested schema
     * @param <M>     its model
     */
    public static <S, M extends S> Validated<M> converted(S given, Class<M> model, Function<S, Validated<M>> convert) {
        return given == null || model.isInstance(given) ? null : convert.apply(given);
    }

    /**
     * {@return what the holder stores: the converted model when valid, else {@code given} itself}
     * @param given     the value the builder holds
     * @param converted its {@link #converted} form, or {@code null} when nothing was converted
     * @param <S>       the nested schema
     */
    public static <S> S adopted(S given, Validated<? extends S> converted) {
        return converted != null && converted.isValid() ? converted.orElseThrow() : given;
    }

    /**
     * Adds to {@code found} the warnings of the nested model the holder stores, their paths under
     * {@code holder}. A value of another implementation adds nothing: the holder keeps one only when
     * its conversion was rejected, and {@link Violations#rejected} reports that instead. One call,
     * so that the holder's checks stay small enough for the JIT to inline where it builds.
     *
     * @param found  the violations found so far, or {@code null}
     * @param holder the holder's property
     * @param model  the nested schema's model class
     * @param stored what the holder stores, or {@code null}
     * @return {@code found} with the warnings added
     */
    public static List<Violation> reportWarnings(List<Violation> found, Property holder,
            Class<? extends Counted> model, Object stored) {
        return model.isInstance(stored) ? Violations.addNested(found, holder, ((Counted) stored).violations()) : found;
    }
}
