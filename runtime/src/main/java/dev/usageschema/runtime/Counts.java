package dev.usageschema.runtime;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Violation;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Turns a count as the schema holds it into a checked {@code long}: the count itself when valid,
 * or a negative marker ({@link #ABSENT}, {@link #INVALID}, {@link #OVERFLOW}). Valid counts are
 * never negative, so one {@code long} carries both the value and its state without allocating.
 */
public final class Counts {

    /** The count was not given (absent or null). */
    public static final long ABSENT = -2;
    /** The count breaks a count rule; that rule reports it. */
    public static final long INVALID = -1;
    /** A sum went past {@code Long.MAX_VALUE}. */
    public static final long OVERFLOW = -3;

    /** Largest count a 64-bit integer holds. */
    public static final long LONG_MAX = Long.MAX_VALUE;
    /** Largest count a 32-bit wire type holds. */
    public static final long INT32_MAX = Integer.MAX_VALUE;
    /** Up to 2^53 a double holds every whole number exactly. */
    public static final long DOUBLE_EXACT_MAX = 1L << 53;

    private Counts() {
    }

    /** {@code value} if it is a count no larger than {@code max}, else {@link #INVALID}. */
    public static long of(long value, long max) {
        return value >= 0 && value <= max ? value : INVALID;
    }

    /** {@code value} as a whole count no larger than {@code max}, else {@link #INVALID}. */
    public static long of(double value, long max) {
        // NaN fails every comparison and infinity exceeds every max, so both land on INVALID.
        return value >= 0 && value <= max && value == Math.rint(value) ? (long) value : INVALID;
    }

    /** {@link #of(long, long)} of a count the model holds, when {@code given}; else {@link #ABSENT}. */
    public static long of(boolean given, long value, long max) {
        return given ? of(value, max) : ABSENT;
    }

    /** {@link #of(boolean, long, long)} of a {@code long} count, whose largest value is {@link #LONG_MAX}. */
    public static long of(boolean given, long value) {
        return of(given, value, LONG_MAX);
    }

    /** {@link #of(double, long)} of a count the model holds, when {@code given}; else {@link #ABSENT}. */
    public static long of(boolean given, double value, long max) {
        return given ? of(value, max) : ABSENT;
    }

    /** A floating count as stored: {@code -0.0} is the count 0, so it becomes {@code 0.0}. */
    public static double zeroed(double value) {
        return value == 0.0 ? 0.0 : value;
    }

    public static Double zeroed(Double value) {
        return value != null && value == 0.0 ? Double.valueOf(0.0) : value;
    }

    /** A count read through an accessor of another object: {@code null} or empty is absent. */
    public static long of(OptionalLong value, long max) {
        return value == null || value.isEmpty() ? ABSENT : of(value.getAsLong(), max);
    }

    public static long of(OptionalInt value, long max) {
        return value == null || value.isEmpty() ? ABSENT : of(value.getAsInt(), max);
    }

    public static long of(OptionalDouble value, long max) {
        return value == null || value.isEmpty() ? ABSENT : of(value.getAsDouble(), max);
    }

    public static long of(Number value, long max) {
        if (value == null) {
            return ABSENT;
        }
        return value instanceof Double ? of(value.doubleValue(), max) : of(value.longValue(), max);
    }

    /** The violation of a {@code long} count that {@link #of(long, long)} found invalid. */
    public static Violation violation(Property property, long value, long max) {
        if (value < 0) {
            return negative(property, value);
        }
        return tooLarge(property, value, Long.toString(value), max);
    }

    /**
     * The violation of a required {@code long} count that {@link #of(boolean, long, long)} found
     * {@link #ABSENT}, never given, or {@link #INVALID}.
     */
    public static Violation required(Property property, long count, long value, long max) {
        return count == ABSENT ? Violations.required(property) : violation(property, value, max);
    }

    /** As {@link #required(Property, long, long, long)}, for a {@code double} count. */
    public static Violation required(Property property, long count, double value, long max) {
        return count == ABSENT ? Violations.required(property) : violation(property, value, max);
    }

    /**
     * {@code found}, with the violation of a required count added when its checked {@code count} is
     * negative: never given, or not a count ({@link #required(Property, long, long, long)}).
     */
    public static List<Violation> reportRequired(List<Violation> found, Property property, long count, long value,
            long max) {
        return count < 0 ? Violations.add(found, required(property, count, value, max)) : found;
    }

    /** As {@link #reportRequired(List, Property, long, long, long)}, for a {@code long} count up to {@link #LONG_MAX}. */
    public static List<Violation> reportRequired(List<Violation> found, Property property, long count, long value) {
        return reportRequired(found, property, count, value, LONG_MAX);
    }

    /** As {@link #reportRequired(List, Property, long, long, long)}, for a {@code double} count. */
    public static List<Violation> reportRequired(List<Violation> found, Property property, long count, double value,
            long max) {
        return count < 0 ? Violations.add(found, required(property, count, value, max)) : found;
    }

    /** {@code found}, with the violation of a count added when its checked {@code count} is {@link #INVALID}. */
    public static List<Violation> reportInvalid(List<Violation> found, Property property, long count, long value,
            long max) {
        return count == INVALID ? Violations.add(found, violation(property, value, max)) : found;
    }

    /** As {@link #reportInvalid(List, Property, long, long, long)}, for a {@code long} count up to {@link #LONG_MAX}. */
    public static List<Violation> reportInvalid(List<Violation> found, Property property, long count, long value) {
        return reportInvalid(found, property, count, value, LONG_MAX);
    }

    /** As {@link #reportInvalid(List, Property, long, Number, long)}, for a {@code Long} count up to {@link #LONG_MAX}. */
    public static List<Violation> reportInvalid(List<Violation> found, Property property, long count, Number value) {
        return reportInvalid(found, property, count, value, LONG_MAX);
    }

    /** As {@link #reportInvalid(List, Property, long, long, long)}, for a {@code double} count. */
    public static List<Violation> reportInvalid(List<Violation> found, Property property, long count, double value,
            long max) {
        return count == INVALID ? Violations.add(found, violation(property, value, max)) : found;
    }

    /**
     * As {@link #reportInvalid(List, Property, long, long, long)}, for a boxed count, which is read
     * only when invalid: an invalid count is never null.
     */
    public static List<Violation> reportInvalid(List<Violation> found, Property property, long count, Number value,
            long max) {
        if (count != INVALID) {
            return found;
        }
        return Violations.add(found, value instanceof Double ? violation(property, value.doubleValue(), max)
                : violation(property, value.longValue(), max));
    }

    /** The violation of a {@code double} count that {@link #of(double, long)} found invalid. */
    public static Violation violation(Property property, double value, long max) {
        String shown = Numbers.format(value);
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return error(property, Rule.FINITE, value, "a finite whole number",
                    property.name() + " " + shown + " is not a finite number");
        }
        if (value < 0) {
            return negative(property, value);
        }
        if (value != Math.rint(value)) {
            return error(property, Rule.WHOLE_NUMBER, value, "a whole number",
                    property.name() + " " + shown + " is not a whole number of tokens");
        }
        return tooLarge(property, value, shown, max);
    }

    private static Violation negative(Property property, Object value) {
        return error(property, Rule.NON_NEGATIVE, value, ">= 0",
                property.name() + " " + Numbers.format(value) + " is negative; counts are >= 0");
    }

    private static Violation tooLarge(Property property, Object value, String shown, long max) {
        if (max == DOUBLE_EXACT_MAX) {
            return error(property, Rule.EXACT_RANGE, value, "<= " + max,
                    property.name() + " " + shown + " is above 2^53 = " + max
                            + ", where a floating-point count stops being exact");
        }
        return error(property, Rule.INT32_RANGE, value, "<= " + max,
                property.name() + " " + shown + " is above the int32 maximum " + max);
    }

    static Violation error(Property property, Rule rule, Object value, String expected, String message) {
        return new Violation(property.wirePath(), property.propertyPath(), rule, Severity.ERROR,
                value, expected, message);
    }
}
