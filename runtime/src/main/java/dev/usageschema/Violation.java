package dev.usageschema;

import java.util.Objects;

/**
 * One broken invariant of one value.
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
        String message) {

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

    @Override
    public String toString() {
        return severity + " " + rule + " at " + wirePath + ": " + message;
    }
}
