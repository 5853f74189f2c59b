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
 * its one instance. {@link #plus} adds two, all or nothing: the sum, with every check of the schema
 * run on it, or every violation, each at {@code /1} followed by its path in the sum. The aggregates
 * of any number of values, {@link #summing()} (a {@code Collector}), {@link #newTotal()} (a running
 * total that many threads may add to), {@link #newGroupedTotals()} (running totals by a key) and
 * {@link #newStream()} (one streamed response), each give a {@link Total}: the sum of the values
 * that passed every check, apart from the values that did not, each kept with its index and its
 * violations, and how many went each way.
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

    /** How many rejected values a total keeps unless told otherwise. */
    public static final int KEPT = 100;

    private final String schema;
    private final Class<M> modelType;
    private final Function<? super X, Validated<M>> check;
    private final Sum<M> sum;
    private final StreamStyle stream;
    private final int keep;

    private Adder(String schema, Class<M> modelType, StreamStyle stream,
            Function<? super X, Validated<M>> check, Sum<M> sum, int keep) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.modelType = Objects.requireNonNull(modelType, "modelType");
        this.check = Objects.requireNonNull(check, "check");
        this.sum = Objects.requireNonNull(sum, "sum");
        this.stream = stream;
        this.keep = keep;
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
        return new Adder<>(schema, modelType, stream, check, sum, KEPT);
    }

    /**
     * {@return this adder, with totals that keep the first {@code first} rejected values with their
     * violations and count the rest} {@value #KEPT} unless set here; 0 keeps only the count.
     * @param first how many rejected values each total keeps (each group's, in grouped totals)
     * @throws IllegalArgumentException when negative
     */
    public Adder<X, M> keepingRejected(int first) {
        if (first < 0) {
            throw new IllegalArgumentException("a total keeps 0 or more rejected values, not " + first);
        }
        return new Adder<>(schema, modelType, stream, check, sum, first);
    }

    /** {@return the schema's name, as messages give it} */
    public String schema() {
        return schema;
    }

    /** The generated model, which {@link AddableModel} casts itself to. */
    Class<M> modelType() {
        return modelType;
    }

    /**
     * {@return {@code first} plus {@code second}}: the second's violations, if it is not valid, and
     * those of the addition are at {@code /1}.
     * @param first  a model
     * @param second any implementation of the schema, checked first
     */
    public Validated<M> plus(M first, X second) {
        if (first == null || !modelType.isInstance(second)) {
            SumState<X, M> state = new SumState<>(this, 2);
            state.add(first);
            state.add(second);
            return state.total().allOrNothing();
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
     * {@return a {@code Collector} that adds every value up, in encounter order, into a {@link Total}}
     * Each value is accepted or rejected as it comes, against the sum of the values accepted before
     * it: a value that is not valid, or whose adding fails (a count that would overflow, a model name
     * that does not agree with the first value's), is rejected at its index in the stream and the sum
     * stays as it was. A sum of one value is that value (a {@code @Merge(DROP)} property applies once
     * values are combined); an empty stream gives a total with no sum.
     *
     * <p>In a parallel stream each piece of the stream is summed so, against the sum of that piece's
     * values before it, and the pieces' sums are added in order. Values that add up give the same
     * total however the stream is split (addition is associative), and a value that is not valid is
     * rejected at its index in any split. A failure to add two pieces' sums (together they overflow,
     * or their model names do not agree) is no one value's, though: then every value the later piece
     * had accepted is rejected, as one entry ({@link Rejected#count()} how many, {@link
     * Rejected#value()} their sum, {@link Rejected#index()} the index of the first of them), and the
     * values that piece had rejected itself stay as they are. So when values do not add up, which are
     * blamed can depend on the split; add sequentially where that matters.
     * {@code Collectors.groupingBy(key, adder().summing())} gives a total per key.
     */
    public Collector<X, ?, Total<X, M>> summing() {
        return Collector.of(() -> new SumState<>(this, keep), SumState::add, SumState::combine, SumState::total);
    }

    /** {@return a running total, empty, that any number of threads may add to} */
    public UsageTotal<X, M> newTotal() {
        return new UsageTotal<>(this, new SumState<>(this, keep));
    }

    /**
     * {@return running totals by a key of the caller's, none begun yet, that any number of threads may add to}
     * @param <K> the groups' key
     */
    public <K> GroupedTotals<K, X, M> newGroupedTotals() {
        return new GroupedTotals<>(this);
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
        return new UsageStream<>(this, Objects.requireNonNull(style, "style"), keep);
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

    /** {@return {@code value} checked; {@code null} for a {@code null} value, which a total rejects} */
    Validated<M> checkNullable(X value) {
        return value == null ? null : check(value);
    }

    /** {@return a nested model as the model type; a built holder holds only models} */
    M model(Object element) {
        return modelType.cast(element);
    }
}
