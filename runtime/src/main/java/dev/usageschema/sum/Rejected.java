package dev.usageschema.sum;

import dev.usageschema.Violation;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A value that a {@link Total} set aside: the value as it was given, where it came, the caller's key
 * for it when one was given, and the violations that kept it out of the sum, at their paths in the
 * value ({@code /total_tokens}). Immutable.
 *
 * <p>Serializable when its value and key are, through a serial form that is read back through the
 * same checks as a new one: at least one error, a position and a count that can be.
 *
 * @param <X> the schema
 */
public final class Rejected<X> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long index;
    private final Object key;
    private final X value;
    private final long count;
    private final List<Violation> violations;

    private Rejected(long index, Object key, X value, long count, List<Violation> violations) {
        this.index = index;
        this.key = key;
        this.value = value;
        this.count = count;
        this.violations = violations;
    }

    /** A value, or a piece's sum standing for {@code count} values, with at least one error among its violations. */
    static <X> Rejected<X> of(long index, Object key, X value, long count, List<Violation> violations) {
        if (index < 0) {
            throw new IllegalArgumentException("a rejected value's index is >= 0, not " + index);
        }
        if (count < 1) {
            throw new IllegalArgumentException("a rejected entry stands for at least one value, not " + count);
        }
        List<Violation> copy = List.copyOf(violations);
        if (copy.stream().noneMatch(Violation::isError)) {
            throw new IllegalArgumentException("a rejected value has an error among its violations: " + copy);
        }
        return new Rejected<>(index, key, value, count, copy);
    }

    /**
     * {@return where the value came}: its position in the stream a {@code Collector} summed, the
     * number of the add in a running total (per group in grouped totals), the chunk's index in a
     * streamed response; the first is 0
     */
    public long index() {
        return index;
    }

    /** {@return the key the caller gave with the value (a request id), or empty} */
    public Optional<Object> key() {
        return Optional.ofNullable(key);
    }

    /**
     * {@return the value as it was given, or empty when {@code null} was given} For a piece of a
     * parallel stream set aside whole ({@link #count()} above 1) the piece's sum.
     */
    public Optional<X> value() {
        return Optional.ofNullable(value);
    }

    /**
     * {@return how many values this entry stands for}: 1, except where a {@code Collector} over a
     * parallel stream could not add one piece's sum to the sum of the values before it and set the
     * piece aside whole (see {@link Adder#summing()})
     */
    public long count() {
        return count;
    }

    /** {@return every violation that was found: at least one error, and the warnings found with them} */
    public List<Violation> violations() {
        return violations;
    }

    /** {@return the violations that kept the value out of the sum} */
    public List<Violation> errors() {
        return violations.stream().filter(Violation::isError).toList();
    }

    /** {@return this entry as it stands in an input {@code offset} values further on} */
    Rejected<X> movedBy(long offset) {
        return offset == 0 ? this : new Rejected<>(index + offset, key, value, count, violations);
    }

    /** {@return the violations located in the whole input: at {@code /index} followed by their paths} */
    List<Violation> located() {
        return violations.stream().map(violation -> new Indexed(index, violation).located()).toList();
    }

    @Override
    public String toString() {
        return "#" + index + (key != null ? " (" + key + ")" : "") + (count > 1 ? ", " + count + " values" : "")
                + ": " + value + " " + violations;
    }

    private Object writeReplace() {
        return new SerialForm(index, key, value, count, violations.toArray(new Violation[0]));
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("a Rejected is read through its serial form");
    }

    /** What a {@link Rejected} is written as; read back through {@link #of} and its checks. */
    private record SerialForm(long index, Object key, Object value, long count, Violation[] violations)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        private Object readResolve() throws InvalidObjectException {
            try {
                return Rejected.of(index, key, value, count, List.of(Objects.requireNonNull(violations, "violations")));
            } catch (NullPointerException | IllegalArgumentException broken) {
                InvalidObjectException invalid = new InvalidObjectException(broken.getMessage());
                invalid.initCause(broken);
                throw invalid;
            }
        }
    }
}
