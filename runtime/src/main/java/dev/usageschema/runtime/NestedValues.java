package dev.usageschema.runtime;

import dev.usageschema.Validated;
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
}
