package dev.usageschema;

import java.io.InvalidObjectException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Set;

/**
 * One broken invariant of one value.
 *
 * <p>Serializable. A violation's {@code actual} is written as it is when it is {@code null}, a
 * {@link String}, a boxed primitive ({@link Long}, {@link Integer}, {@link Double} and the other
 * five) or a {@link BigInteger} or {@link BigDecimal}, which covers every value the generated checks
 * report. Any other {@code actual}, which only hand-made violations can hold, is written as its
 * {@code String.valueOf}: it may not be serializable, nor its class known where the violation is
 * read, so such a violation comes back with that text as its {@code actual} and is then not
 * {@code equals} to the original. A stream whose {@code actual} is of any other type is rejected, as
 * is one that breaks the checks of the constructor.
 *
 * @param wirePath     where, as a JSON Pointer in wire names: {@code /prompt_tokens_details/cached_tokens}
 * @param propertyPath where, in Java property names: {@code promptTokensDetails.cachedTokens}
 * @param rule         which invariant
 * @param severity     {@link Severity#ERROR} rejects the value, {@link Severity#WARNING} reports it
 * @param actual       the offending value ({@code null} when absent or null)
 * @param expected     what would have been valid, in words or as a number
 * @param message      the whole story for a person: {@code cachedTokens 10 > promptTokens 9}
 */
public record Violation(
        String wirePath,
        String propertyPath,
        Rule rule,
        Severity severity,
        Object actual,
        String expected,
        String message) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The classes of {@code actual} that are written as they are; exact classes, not subclasses. */
    private static final Set<Class<?>> PLAIN_ACTUALS = Set.of(
            String.class, Long.class, Integer.class, Double.class, Float.class, Short.class,
            Byte.class, Boolean.class, Character.class, BigInteger.class, BigDecimal.class);

    public Violation {
        Objects.requireNonNull(wirePath, "wirePath");
        Objects.requireNonNull(propertyPath, "propertyPath");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(message, "message");
        if (severity == Severity.OFF) {
            throw new IllegalArgumentException("a violation is an error or a warning, not OFF");
        }
    }

    /** Whether this violation rejects the value. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** This violation as seen from the object that holds this value at the given paths. */
    public Violation under(String holderWirePath, String holderPropertyPath) {
        return new Violation(
                holderWirePath + wirePath,
                holderPropertyPath + "." + propertyPath,
                rule,
                severity,
                actual,
                expected,
                message);
    }

    private static boolean isPlain(Object actual) {
        return actual == null || PLAIN_ACTUALS.contains(actual.getClass());
    }

    /** Writes an {@code actual} that is not a plain value as its text; see the class comment. */
    private Object writeReplace() {
        if (isPlain(actual)) {
            return this;
        }
        return new Violation(wirePath, propertyPath, rule, severity, String.valueOf(actual), expected, message);
    }

    /** The constructor's checks have run; what is left is the type of {@code actual}. */
    private Object readResolve() throws InvalidObjectException {
        if (!isPlain(actual)) {
            throw new InvalidObjectException("a serialized violation's actual is null, a String, a boxed primitive,"
                    + " a BigInteger or a BigDecimal, not a " + actual.getClass().getName());
        }
        return this;
    }

    @Override
    public String toString() {
        return severity + " " + rule + " at " + wirePath + ": " + message;
    }
}
