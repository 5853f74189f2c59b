package dev.usageschema;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Set;

/**
 * One broken invariant of one value: where ({@link #wirePath()}, {@link #propertyPath()}), which
 * rule, its severity, the offending value, what was expected, and a message for a person.
 *
 * <p>Immutable and thread-safe. The generated checks make violations whose words (paths,
 * {@code expected}, {@code message}) are written when first read, so that a caller who only counts
 * violations or reads their rules does not pay for text; the words are the same whenever and
 * wherever they are read.
 *
 * <p>Serializable. A violation's {@code actual} is written as it is when it is {@code null}, a
 * {@link String}, a boxed primitive ({@link Long}, {@link Integer}, {@link Double} and the other
 * five) or a {@link BigInteger} or {@link BigDecimal}, which covers every value the generated checks
 * report. Any other {@code actual}, which only hand-made violations can hold, is written as its
 * {@code String.valueOf}: it may not be serializable, nor its class known where the violation is
 * read, so such a violation comes back with that text as its {@code actual} and is then not
 * {@code equals} to the original. A stream whose {@code actual} is of any other type is rejected, as
 * is one that breaks the checks of the constructor.
 */
public final class Violation implements Serializable {

    private static final long serialVersionUID = 2L;

    /** The classes of {@code actual} that are written as they are; exact classes, not subclasses. */
    private static final Set<Class<?>> PLAIN_ACTUALS = Set.of(
            String.class, Long.class, Integer.class, Double.class, Float.class, Short.class,
            Byte.class, Boolean.class, Character.class, BigInteger.class, BigDecimal.class);

    private final Rule rule;
    private final Severity severity;
    private final Object actual;
    /** Writes the words below on first read; {@code null} when they were given. */
    private final transient Words words;
    // Written once from words: every thread that races here writes the same immutable String.
    private transient String wirePath;
    private transient String propertyPath;
    private transient String expected;
    private transient String message;

    /**
     * A violation with its words given.
     *
     * @param wirePath     where, as a JSON Pointer in wire names: {@code /prompt_tokens_details/cached_tokens}
     * @param propertyPath where, in Java property names: {@code promptTokensDetails.cachedTokens}
     * @param rule         which invariant
     * @param severity     {@link Severity#ERROR} rejects the value, {@link Severity#WARNING} reports it
     * @param actual       the offending value ({@code null} when absent or null)
     * @param expected     what would have been valid, in words or as a number
     * @param message      the whole story for a person: {@code cachedTokens 10 > promptTokens 9}
     */
    public Violation(String wirePath, String propertyPath, Rule rule, Severity severity, Object actual,
            String expected, String message) {
        this(rule, severity, actual, null);
        this.wirePath = Objects.requireNonNull(wirePath, "wirePath");
        this.propertyPath = Objects.requireNonNull(propertyPath, "propertyPath");
        this.expected = Objects.requireNonNull(expected, "expected");
        this.message = Objects.requireNonNull(message, "message");
    }

    private Violation(Rule rule, Severity severity, Object actual, Words words) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.severity = Objects.requireNonNull(severity, "severity");
        if (severity == Severity.OFF) {
            throw new IllegalArgumentException("a violation is an error or a warning, not OFF");
        }
        this.actual = actual;
        this.words = words;
    }

    /**
     * A violation whose words {@code words} writes when first read; for the rules of the runtime,
     * which know what to say but need not say it until asked.
     *
     * @param rule     which invariant
     * @param severity {@link Severity#ERROR} or {@link Severity#WARNING}
     * @param actual   the offending value ({@code null} when absent or null)
     * @param words    writes the paths, {@code expected} and {@code message}, each non-null, the same
     *                 on every call
     * @return the violation
     */
    public static Violation described(Rule rule, Severity severity, Object actual, Words words) {
        return new Violation(rule, severity, actual, Objects.requireNonNull(words, "words"));
    }

    /**
     * What a violation says, written when it is read: each method returns the same text on every
     * call and never {@code null}.
     */
    public interface Words {

        /** {@return where, as a JSON Pointer in wire names} */
        String wirePath();

        /** {@return where, in Java property names} */
        String propertyPath();

        /** {@return what would have been valid} */
        String expected();

        /** {@return the whole story for a person} */
        String message();
    }

    /** {@return where, as a JSON Pointer in wire names: {@code /prompt_tokens_details/cached_tokens}} */
    public String wirePath() {
        String text = wirePath;
        if (text == null) {
            text = Objects.requireNonNull(words.wirePath(), "wirePath");
            wirePath = text;
        }
        return text;
    }

    /** {@return where, in Java property names: {@code promptTokensDetails.cachedTokens}} */
    public String propertyPath() {
        String text = propertyPath;
        if (text == null) {
            text = Objects.requireNonNull(words.propertyPath(), "propertyPath");
            propertyPath = text;
        }
        return text;
    }

    /** {@return which invariant} */
    public Rule rule() {
        return rule;
    }

    /** {@return {@link Severity#ERROR}, which rejects the value, or {@link Severity#WARNING}, which reports it} */
    public Severity severity() {
        return severity;
    }

    /** {@return the offending value ({@code null} when absent or null)} */
    public Object actual() {
        return actual;
    }

    /** {@return what would have been valid, in words or as a number} */
    public String expected() {
        String text = expected;
        if (text == null) {
            text = Objects.requireNonNull(words.expected(), "expected");
            expected = text;
        }
        return text;
    }

    /** {@return the whole story for a person: {@code cachedTokens 10 > promptTokens 9}} */
    public String message() {
        String text = message;
        if (text == null) {
            text = Objects.requireNonNull(words.message(), "message");
            message = text;
        }
        return text;
    }

    /** {@return whether this violation rejects the value} */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * This violation as seen from the object that holds this value at the given paths.
     *
     * @param holderWirePath     the holder's JSON Pointer, prefixed to this one's
     * @param holderPropertyPath the holder's Java path, prefixed to this one's with a dot; {@code ""} for
     *                           a holder that is no Java value (a response's JSON around a usage)
     * @return the moved violation, its words written when first read
     */
    public Violation under(String holderWirePath, String holderPropertyPath) {
        Objects.requireNonNull(holderWirePath, "holderWirePath");
        Objects.requireNonNull(holderPropertyPath, "holderPropertyPath");
        Violation inner = this;
        return new Violation(rule, severity, actual, new Words() {
            @Override
            public String wirePath() {
                return holderWirePath + inner.wirePath();
            }

            @Override
            public String propertyPath() {
                // A holder with no Java path (a response around a usage) or a violation of the whole
                // value (unreadable JSON) adds no dot.
                String innerPath = inner.propertyPath();
                return holderPropertyPath.isEmpty() ? innerPath
                        : innerPath.isEmpty() ? holderPropertyPath : holderPropertyPath + "." + innerPath;
            }

            @Override
            public String expected() {
                return inner.expected();
            }

            @Override
            public String message() {
                return inner.message();
            }
        });
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Violation that
                && rule == that.rule
                && severity == that.severity
                && Objects.equals(actual, that.actual)
                && wirePath().equals(that.wirePath())
                && propertyPath().equals(that.propertyPath())
                && expected().equals(that.expected())
                && message().equals(that.message());
    }

    @Override
    public int hashCode() {
        return Objects.hash(wirePath(), propertyPath(), rule, severity, actual, expected(), message());
    }

    @Override
    public String toString() {
        return severity + " " + rule + " at " + wirePath() + ": " + message();
    }

    private static boolean isPlain(Object actual) {
        return actual == null || PLAIN_ACTUALS.contains(actual.getClass());
    }

    /** Writes the serial form: every word written out, an {@code actual} that is not plain as its text. */
    private Object writeReplace() {
        return new SerialForm(wirePath(), propertyPath(), rule, severity,
                isPlain(actual) ? actual : String.valueOf(actual), expected(), message());
    }

    /**
     * A violation is only ever read through its serial form.
     *
     * @param stream unused
     * @throws InvalidObjectException always
     */
    private void readObject(ObjectInputStream stream) throws InvalidObjectException {
        throw new InvalidObjectException("a Violation is read through its serial form only");
    }

    /** What a violation is written as; reading it runs the constructor's checks again. */
    private record SerialForm(String wirePath, String propertyPath, Rule rule, Severity severity, Object actual,
            String expected, String message) implements Serializable {

        private static final long serialVersionUID = 1L;

        private Object readResolve() throws InvalidObjectException {
            if (!isPlain(actual)) {
                throw new InvalidObjectException("a serialized violation's actual is null, a String, a boxed"
                        + " primitive, a BigInteger or a BigDecimal, not a " + actual.getClass().getName());
            }
            try {
                return new Violation(wirePath, propertyPath, rule, severity, actual, expected, message);
            } catch (RuntimeException broken) {
                InvalidObjectException invalid = new InvalidObjectException(broken.getMessage());
                invalid.initCause(broken);
                throw invalid;
            }
        }
    }
}
