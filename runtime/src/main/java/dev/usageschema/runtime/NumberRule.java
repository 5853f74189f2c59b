package dev.usageschema.runtime;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Violation;

/**
 * The range a number that is not a count declares ({@code @NotACount(min = 0)}): a minimum and a
 * maximum, inclusive, whether a floating value must be whole, and whether it must be finite.
 */
public final class NumberRule {

    private final Property property;
    private final Severity severity;
    private final double min;
    private final double max;
    private final boolean whole;
    private final boolean finite;

    private NumberRule(Property property, Severity severity, double min, double max, boolean whole, boolean finite) {
        this.property = property;
        this.severity = severity;
        this.min = min;
        this.max = max;
        this.whole = whole;
        this.finite = finite;
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
