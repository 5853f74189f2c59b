package dev.usageschema.processor.model;

import dev.usageschema.Severity;

/**
 * The range a number that is not a count declares with {@code @NotACount}.
 *
 * @param min      smallest valid value, inclusive ({@code -Infinity}: none)
 * @param max      largest valid value, inclusive ({@code Infinity}: none)
 * @param whole    whether a floating value must be whole
 * @param finite   whether a floating value must be finite
 * @param severity resolved against the schema's default
 */
public record NumberRange(double min, double max, boolean whole, boolean finite, Severity severity, Origin origin) {

    /** Whether the range rules anything out for a number of {@code type}. */
    public boolean constrains(NumberType type) {
        boolean floating = type == NumberType.DOUBLE;
        return severity != Severity.OFF
                && (min > Double.NEGATIVE_INFINITY || max < Double.POSITIVE_INFINITY || floating && (whole || finite));
    }
}
