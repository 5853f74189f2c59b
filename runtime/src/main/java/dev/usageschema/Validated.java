package dev.usageschema;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of building a value without throwing: the value when no violation is an error, and
 * every violation found, for callers that must accept a provider's bad payload and report it.
 * Either it holds a value and none of its violations is an error, or it holds no value and at
 * least one of its violations is an error.
 *
 * <p>Serializable when its value is (see {@link Violation} for how the violations' {@code actual}
 * values are written). It is written through a serial form that holds the schema name, the value
 * and the violations, and read back through {@link #valid} or {@link #invalid}, so a stream that
 * breaks the rule above, or lacks the schema name or the violations, is rejected with an {@link
 * InvalidObjectException}.
 *
 * @param <T> the generated model type
 */
public final class Validated<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String schema;
    private final T value;
    private final List<Violation> violations;

    private Validated(String schema, T value, List<Violation> violations) {
        this.schema = schema;
        this.value = value;
        this.violations = violations;
    }

    /**
     * A value that was built; {@code violations} holds its warnings, if any.
     *
     * @throws IllegalArgumentException if a violation is an error
     */
    public static <T> Validated<T> valid(String schema, T value, List<Violation> violations) {
        Objects.requireNonNull(value, "value");
        List<Violation> copy = List.copyOf(violations);
        if (hasError(copy)) {
            throw new IllegalArgumentException("a valid value has no error among its violations: " + copy);
        }
        return new Validated<>(Objects.requireNonNull(schema, "schema"), value, copy);
    }

    /**
     * No value: {@code violations} holds at least one error.
     *
     * @throws IllegalArgumentException if no violation is an error
     */
    public static <T> Validated<T> invalid(String schema, List<Violation> violations) {
        List<Violation> copy = List.copyOf(violations);
        if (!hasError(copy)) {
            throw new IllegalArgumentException("an invalid value has an error among its violations: " + copy);
        }
        return new Validated<>(Objects.requireNonNull(schema, "schema"), null, copy);
    }

    private static boolean hasError(List<Violation> violations) {
        for (Violation violation : violations) {
            if (violation.isError()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a value was built (no violation is an error). */
    public boolean isValid() {
        return value != null;
    }

    /** The value, unless a violation is an error. */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /** The value, or a {@link UsageViolationException} listing every violation. */
    public T orElseThrow() {
        if (value == null) {
            throw new UsageViolationException(schema, violations);
        }
        return value;
    }

    /** Every violation, errors and warnings. */
    public List<Violation> violations() {
        return violations;
    }

    /** The violations that reject the value. */
    public List<Violation> errors() {
        return violations.stream().filter(Violation::isError).toList();
    }

    /** The violations that are only reported. */
    public List<Violation> warnings() {
        return violations.stream().filter(violation -> !violation.isError()).toList();
    }

    @Override
    public String toString() {
        return isValid() ? "Valid[" + value + ", warnings=" + violations + "]" : "Invalid" + violations;
    }

    private Object writeReplace() {
        return new SerialForm(schema, value, violations.toArray(new Violation[0]));
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("a Validated is read through its serial form");
    }

    /** What a {@link Validated} is written as; read back through the factories and their checks. */
    private static final class SerialForm implements Serializable {

        private static final long serialVersionUID = 1L;

        /** The simple name of the schema. */
        private final String schema;
        /** The value, or {@code null} when a violation is an error. */
        private final Object value;
        /** Every violation, errors and warnings, in order. */
        private final Violation[] violations;

        SerialForm(String schema, Object value, Violation[] violations) {
            this.schema = schema;
            this.value = value;
            this.violations = violations;
        }

        private Object readResolve() throws InvalidObjectException {
            if (violations == null) {
                throw new InvalidObjectException("a Validated holds a list of violations");
            }
            try {
                List<Violation> list = List.of(violations);
                return value == null ? Validated.invalid(schema, list) : Validated.valid(schema, value, list);
            } catch (NullPointerException | IllegalArgumentException e) {
                InvalidObjectException invalid = new InvalidObjectException(e.getMessage());
                invalid.initCause(e);
                throw invalid;
            }
        }
    }
}
