package dev.usageschema.processor.model;

import dev.usageschema.Severity;
import java.util.Optional;

/**
 * The range a number that is not a count declares with {@code @NotACount}.
 *
 * @param min           smallest valid value, inclusive ({@code -Infinity}: none)
 * @param max           largest valid value, inclusive ({@code Infinity}: none)
 * @param whole         whether a floating or decimal value must be whole
 * @param finite        whether a floating value must be finite
 * @param severity      resolved against the schema's default
 * @param wholeWritten  where {@code whole} was written, when it was: an option a type cannot use is an error there
 * @param finiteWritten where {@code finite} was written, when it was
 */
public record NumberRange(double min, double max, boolean whole, boolean finite, Severity severity, Origin origin,
        Optional<Origin> wholeWritten, Optional<Origin> finiteWritten) {

    /**
     * Whether the range rules anything out for a number of {@code type} ({@code null} for an exact one).
     *
     * @param exact whether the number is a {@code BigDecimal} or {@code BigInteger}
     */
    public boolean constrains(NumberType type, boolean exact) {
        boolean floating = type == NumberType.DOUBLE;
        return severity != Severity.OFF
                && (min > Double.NEGATIVE_INFINITY || max < Double.POSITIVE_INFINITY || floating && (whole || finite)
                        || exact && whole);
    }
}
