package dev.usageschema.sum;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What adding values up came to, kept in two parts: the sum of the values that were accepted, and
 * the values that were rejected, each with its reasons. A value is accepted when it passes every
 * check of its schema and adding it to the sum of the values accepted before it passes every check
 * too; else it is rejected and the sum stays as it was, so a bad value never poisons the sum and
 * later good values still add. The sum's warnings ride along with it.
 *
 * <p>The rejected side is bounded: it keeps the first rejected values, up to the number the adder
 * says ({@link Adder#keepingRejected(int)}), and counts every one, so {@link #acceptedCount()} plus
 * {@link #rejectedCount()} is always the number of values given. Every aggregate of an
 * {@link Adder} gives one: {@link Adder#summing()}, {@link UsageTotal#total()},
 * {@link GroupedTotals#total}, {@link UsageStream#finish()}.
 *
 * <p>Immutable. Serializable when the sum, the rejected values and their keys are, through a serial
 * form read back through the same checks as a new one.
 *
 * @param <X> the schema
 * @param <M> its generated model
 */
public final class Total<X, M extends X> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String schema;
    private final M sum;
    private final List<Violation> warnings;
    private final long acceptedCount;
    private final long rejectedCount;
    private final List<Rejected<X>> rejected;
    private final Violation nothing;

    private Total(String schema, M sum, List<Violation> warnings, long acceptedCount, long rejectedCount,
            List<Rejected<X>> rejected, Violation nothing) {
        this.schema = schema;
        this.sum = sum;
        this.warnings = warnings;
        this.acceptedCount = acceptedCount;
        this.rejectedCount = rejectedCount;
        this.rejected = rejected;
        this.nothing = nothing;
    }

    /**
     * @param nothing what {@link #allOrNothing()} says when no value came at all: an error
     */
    static <X, M extends X> Total<X, M> of(String schema, M sum, List<Violation> warnings, long acceptedCount,
            long rejectedCount, List<Rejected<X>> rejected, Violation nothing) {
        Objects.requireNonNull(schema, "schema");
        List<Violation> warningsCopy = List.copyOf(warnings);
        List<Rejected<X>> rejectedCopy = List.copyOf(rejected);
        if (warningsCopy.stream().anyMatch(Violation::isError)) {
            throw new IllegalArgumentException("a total's warnings hold no error: " + warningsCopy);
        }
        if ((sum == null) != (acceptedCount == 0) || acceptedCount < 0) {
            throw new IllegalArgumentException("a total has a sum exactly when it accepted a value, not "
                    + acceptedCount + (sum == null ? " without one" : " with one"));
        }
        if (rejectedCount < kept(rejectedCopy)) {
            throw new IllegalArgumentException("a total counts every rejected value it keeps: " + rejectedCount
                    + " < " + kept(rejectedCopy));
        }
        if (!Objects.requireNonNull(nothing, "nothing").isError()) {
            throw new IllegalArgumentException("what a total says when no value came is an error: " + nothing);
        }
        return new Total<>(schema, sum, warningsCopy, acceptedCount, rejectedCount, rejectedCopy, nothing);
    }

    private static long kept(List<? extends Rejected<?>> rejected) {
        long values = 0;
        for (Rejected<?> entry : rejected) {
            values += entry.count();
        }
        return values;
    }

    /** {@return the schema's name, as messages give it} */
    public String schema() {
        return schema;
    }

    /**
     * {@return the sum of the accepted values, after every check of the schema; empty when no value
     * was accepted}: no schema has an empty usage that every other would do for, since properties
     * that must agree (a model name) have no neutral value
     */
    public Optional<M> sum() {
        return Optional.ofNullable(sum);
    }

    /** {@return the warnings of the sum (for a stream, also what a chunk did that is only reported, at {@code /i})} */
    public List<Violation> warnings() {
        return warnings;
    }

    /** {@return how many values the sum holds} */
    public long acceptedCount() {
        return acceptedCount;
    }

    /** {@return how many values were rejected, kept or not} */
    public long rejectedCount() {
        return rejectedCount;
    }

    /** {@return the first rejected values, in the order they came, each with where it came and why} */
    public List<Rejected<X>> rejected() {
        return rejected;
    }

    /**
     * {@return the sum when no value was rejected, or every error of the rejected values kept, each at
     * {@code /i} followed by its path, {@code i} its {@link Rejected#index()}} When no value came at
     * all, one error says so ({@code NOT_ADDABLE} for a sum, {@code NO_USAGE} for a stream). For a
     * caller for whom one bad value spoils the whole; {@code plus} adds two values this way.
     */
    public Validated<M> allOrNothing() {
        if (rejectedCount == 0) {
            return sum == null ? Validated.invalid(schema, List.of(nothing)) : Validated.valid(schema, sum, warnings);
        }
        List<Violation> errors = new ArrayList<>();
        for (Rejected<X> entry : rejected) {
            entry.located().stream().filter(Violation::isError).forEach(errors::add);
        }
        long unkept = rejectedCount - kept(rejected);
        if (unkept > 0) {
            errors.add(new Violation("", "", Rule.NOT_ADDABLE, Severity.ERROR, unkept, "no rejected value",
                    unkept + " more rejected values, beyond those the total keeps"));
        }
        return Validated.invalid(schema, errors);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Total[").append(schema).append(": ").append(acceptedCount)
                .append(" accepted, ").append(rejectedCount).append(" rejected; sum ")
                .append(sum == null ? "none" : sum);
        if (!warnings.isEmpty()) {
            text.append(", warnings ").append(warnings);
        }
        if (!rejected.isEmpty()) {
            text.append(", rejected ").append(rejected);
        }
        long unkept = rejectedCount - kept(rejected);
        if (unkept > 0) {
            text.append(", ").append(unkept).append(" more rejected not kept");
        }
        return text.append(']').toString();
    }

    private Object writeReplace() {
        return new SerialForm(schema, sum, warnings.toArray(new Violation[0]), acceptedCount, rejectedCount,
                rejected.toArray(new Rejected<?>[0]), nothing);
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("a Total is read through its serial form");
    }

    /** What a {@link Total} is written as; read back through {@link #of} and its checks. */
    private record SerialForm(String schema, Object sum, Violation[] warnings, long acceptedCount, long rejectedCount,
            Rejected<?>[] rejected, Violation nothing) implements Serializable {

        private static final long serialVersionUID = 1L;

        private Object readResolve() throws InvalidObjectException {
            try {
                // Read only: a Rejected of any value is a Rejected of Object.
                @SuppressWarnings("unchecked")
                List<Rejected<Object>> entries = (List<Rejected<Object>>) (List<?>) List.of(
                        Objects.requireNonNull(rejected, "rejected"));
                return Total.of(schema, sum, List.of(Objects.requireNonNull(warnings, "warnings")), acceptedCount,
                        rejectedCount, entries, nothing);
            } catch (NullPointerException | IllegalArgumentException broken) {
                InvalidObjectException invalid = new InvalidObjectException(broken.getMessage());
                invalid.initCause(broken);
                throw invalid;
            }
        }
    }
}
