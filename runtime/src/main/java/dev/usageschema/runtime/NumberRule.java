package dev.usageschema.runtime;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The range a number that is not a count declares ({@code @NotACount(min = 0)}): a minimum and a
 * maximum, inclusive, whether a floating or decimal value must be whole, and whether a floating one
 * must be finite. A {@code BigDecimal} or {@code BigInteger} is compared exactly, with each bound as
 * the decimal its {@code double} prints ({@code min = 0.1} is exactly 0.1), never through a double.
 */
public final class NumberRule {

    private final Property property;
    private final Severity severity;
    private final double min;
    private final double max;
    private final boolean whole;
    private final boolean finite;
    /** The bounds as exact decimals, {@code null} where there is none. */
    private final BigDecimal exactMin;
    private final BigDecimal exactMax;

    private NumberRule(Property property, Severity severity, double min, double max, boolean whole, boolean finite) {
        this.property = property;
        this.severity = severity;
        this.min = min;
        this.max = max;
        this.whole = whole;
        this.finite = finite;
        this.exactMin = Double.isInfinite(min) ? null : BigDecimal.valueOf(min);
        this.exactMax = Double.isInfinite(max) ? null : BigDecimal.valueOf(max);
    }

    public static NumberRule of(Severity severity, Property property, double min, double max, boolean whole,
            boolean finite) {
        return new NumberRule(property, severity, min, max, whole, finite);
    }

    public boolean breaks(long value) {
        return value < min || value > max;
    }

    public boolean breaks(double value) {
        if (Double.isNaN(value)) {
            return finite;
        }
        if (Double.isInfinite(value)) {
            return finite || value < min || value > max;
        }
        return value < min || value > max || (whole && value != Math.rint(value));
    }

    public boolean breaks(BigDecimal value) {
        return outside(value) || whole && !isWhole(value);
    }

    public boolean breaks(BigInteger value) {
        return outside(new BigDecimal(value));
    }

    private boolean outside(BigDecimal value) {
        return exactMin != null && value.compareTo(exactMin) < 0 || exactMax != null && value.compareTo(exactMax) > 0;
    }

    /** Whole when it has no fraction: {@code 1.0} and {@code 1E+3} are, {@code 1.5} is not. */
    private static boolean isWhole(BigDecimal value) {
        return value.scale() <= 0 || value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    /** The value as its {@code toString} shows it, which is how JSON writes it back: {@code -0.000001}. */
    public Violation violation(BigDecimal value) {
        if (!outside(value)) {
            return violation(Rule.WHOLE_NUMBER, value, "a whole number", property.name() + " " + value + " is not a whole number");
        }
        return outOfRange(value, value.toString());
    }

    public Violation violation(BigInteger value) {
        return outOfRange(value, value.toString());
    }

    public Violation violation(long value) {
        return outOfRange(value, Long.toString(value));
    }

    public Violation violation(double value) {
        String shown = Numbers.format(value);
        if (finite && (Double.isNaN(value) || Double.isInfinite(value))) {
            return violation(Rule.FINITE, value, "a finite number", property.name() + " " + shown + " is not a finite number");
        }
        if (whole && !Double.isNaN(value) && value >= min && value <= max) {
            return violation(Rule.WHOLE_NUMBER, value, "a whole number", property.name() + " " + shown + " is not a whole number");
        }
        return outOfRange(value, shown);
    }

    private Violation outOfRange(Object value, String shown) {
        String range = "[" + Numbers.format(min) + ", " + Numbers.format(max) + "]";
        return violation(Rule.RANGE, value, "in " + range, property.name() + " " + shown + " is outside " + range);
    }

    private Violation violation(Rule rule, Object value, String expected, String message) {
        return new Violation(property.wirePath(), property.propertyPath(), rule, severity, value, expected, message);
    }
}
