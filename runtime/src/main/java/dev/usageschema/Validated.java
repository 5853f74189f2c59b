package dev.usageschema;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of building a value without throwing: the value when no violation is an error, and
 * every violation found, for callers that must accept a provider's bad payload and report it.
 *
 * @param <T> the generated model type
 */
public final class Validated<T> {

    private final String schema;
    private final T value;
    private final List<Violation> violations;

    private Validated(String schema, T value, List<Violation> violations) {
        this.schema = schema;
        this.value = value;
        this.violations = violations;
    }

    /** A value that was built; {@code violations} holds its warnings, if any. */
    public static <T> Validated<T> valid(String schema, T value, List<Violation> violations) {
        return new Validated<>(schema, value, List.copyOf(violations));
    }

    /** No value: {@code violations} holds at least one error. */
    public static <T> Validated<T> invalid(String schema, List<Violation> violations) {
        return new Validated<>(schema, null, List.copyOf(violations));
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
}
