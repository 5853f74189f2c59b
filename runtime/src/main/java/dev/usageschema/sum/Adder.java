package dev.usageschema.sum;

import dev.usageschema.StreamStyle;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.runtime.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * How values of one {@code @Addable} schema add up; each generated model's {@code adder()} gives
 * its one instance. {@link #plus} adds two, {@link #summing()} is a {@code Collector} over any
 * number, {@link #newTotal()} a running total that many threads may add to. Every way gives a
 * {@link Validated}: the sum, with every check of the schema run on it, or every violation, each at
 * {@code /i} followed by its path in the sum, {@code i} the index of the value whose adding found
 * it (the first value is 0).
 *
 * @param <X> the schema
 * @param <M> its generated model
 */
public final class Adder<X, M extends X> {

    /**
     * The generated addition of two models, property by property.
     *
     * @param <M> the model
     */
    @FunctionalInterface
    public interface Sum<M> {
        /**
         * @param first  a built model
         * @param second another
         * @param adding where the violations of the addition go
         * @return the sum after every check of the schema, or every violation of that check
         */
        Validated<M> add(M first, M second, Adding adding);
    }

    private final String schema;
    private final Class<M> modelType;
    private final Function<? super X, Validated<M>> check;
    private final Sum<M> sum;
    private final StreamStyle stream;

    private Adder(String schema, Class<M> modelType, StreamStyle stream,
            Function<? super X, Validated<M>> check, Sum<M> sum) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.modelType = Objects.requireNonNull(modelType, "modelType");
        this.check = Objects.requireNonNull(check, "check");
        this.sum = Objects.requireNonNull(sum, "sum");
        this.stream = stream;
    }

    /**
     * For generated code.
     *
     * @param schema    the schema's name, as messages give it
     * @param modelType the generated model
     * @param stream    how the provider reports usage while streaming; {@code null} when the schema does not say
     * @param check     a checked copy of any implementation, without throwing
     * @param sum       the generated addition
     * @param <X>       the schema
     * @param <M>       its model
     * @return the adder
     */
    public static <X, M extends X> Adder<X, M> of(String schema, Class<M> modelType, StreamStyle stream,
            Function<? super X, Validated<M>> check, Sum<M> sum) {
        return new Adder<>(schema, modelType, stream, check, sum);
    }

    /** {@return the schema's name, as messages give it} */
    public String schema() {
        return schema;
    }

    /**
     * {@return {@code first} plus {@code second}}: the second's violations, if it is not valid, and
     * those of the addition are at {@code /1}.
     * @param first  a model
     * @param second any implementation of the schema, checked first
     */
    public Validated<M> plus(M first, X second) {
        if (first == null || !modelType.isInstance(second)) {
            SumState<X, M> state = new SumState<>(this);
            state.add(first);
            state.add(second);
            return state.result();
        }
        // Two models, both valid: one addition, and the sum's own outcome when nothing went wrong.
        Adding adding = new Adding();
        Validated<M> added = add(first, modelType.cast(second), adding);
        if (adding.size() == 0 && added.isValid()) {
            return added;
        }
        List<Violation> errors = new ArrayList<>();
        adding.found().forEach(violation -> errors.add(new Indexed(1, violation).located()));
        added.errors().forEach(violation -> errors.add(new Indexed(1, violation).located()));
        return Validated.invalid(schema, errors);
    }

    /**
     * {@return a {@code Collector} that adds every value up, in encounter order, keeping one running
     * sum} An empty stream is one {@code NOT_ADDABLE} violation; a sum of one value is that value
     * (a {@code @Merge(DROP)} property applies once values are combined). In a parallel stream each
     * piece is summed and the pieces' sums added in order: the sum of valid values is the same, as
     * addition is associative, and each value's own violations keep its index, but a failure to add
     * values is found within a piece, so which value it names can depend on how the stream was split.
     * Add sequentially where that matters; use {@link #newTotal()} for values that arrive from many threads.
     */
    public Collector<X, ?, Validated<M>> summing() {
        return Collector.of(() -> new SumState<>(this), SumState::add, SumState::combine, SumState::result);
    }

    /** {@return a running total, empty, that any number of threads may add to} */
    public UsageTotal<X, M> newTotal() {
        return new UsageTotal<>(new SumState<>(this));
    }

    /**
     * {@return the accumulation of one streamed response, in the style the schema declares}
     * @throws IllegalStateException when the schema declares none ({@code @Addable(stream = ...)})
     */
    public UsageStream<X, M> newStream() {
        if (stream == null) {
            throw new IllegalStateException(schema + " does not say how its provider reports usage while streaming:"
                    + " declare it with @Addable(stream = ...), or pass it to newStream(StreamStyle)");
        }
        return newStream(stream);
    }

    /**
     * {@return the accumulation of one streamed response}
     * @param style how the provider reports usage while streaming
     */
    public UsageStream<X, M> newStream(StreamStyle style) {
        return new UsageStream<>(this, Objects.requireNonNull(style, "style"));
    }

    /**
     * Adds two nested models, for a holder's addition: their violations are moved under
     * {@code at}. For generated code.
     *
     * @param first  the first holder's nested model
     * @param second the second's
     * @param adding the holder's addition
     * @param at     the nested property, or the list element, in the holder
     * @return the sum, or {@code first} when the sum is not valid (the holder's sum is not valid then either)
     */
    public M add(M first, M second, Adding adding, Property at) {
        int from = adding.size();
        Validated<M> added = add(first, second, adding);
        if (!added.isValid()) {
            added.violations().forEach(adding::add);
        }
        adding.moveUnder(from, at);
        return added.value().orElse(first);
    }

    /** Adds two models; the generated addition applies the schema's rule for absent properties. */
    Validated<M> add(M first, M second, Adding adding) {
        return sum.add(first, second, adding);
    }

    /** {@return {@code value} as the model, checked when it is another implementation} */
    Validated<M> check(X value) {
        return modelType.isInstance(value) ? Validated.valid(schema, modelType.cast(value), List.of())
                : check.apply(value);
    }

    /** {@return a nested model as the model type; a built holder holds only models} */
    M model(Object element) {
        return modelType.cast(element);
    }
}
