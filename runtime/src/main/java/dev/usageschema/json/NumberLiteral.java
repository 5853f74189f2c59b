package dev.usageschema.json;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A JSON number judged on the characters it was written with, never through a {@code double}: so
 * {@code 12.0}, {@code 1.2e1} and {@code 1200e-2} are the whole number 12, {@code 12.5} has a
 * fraction, and {@code 9007199254740993} stays one more than 2^53 instead of rounding to it.
 */
final class NumberLiteral {

    /** What a literal denotes. */
    enum Shape {
        /** A whole number in the range of {@code long}; {@link #value} holds it. */
        WHOLE,
        /** A number with a fraction. */
        FRACTION,
        /** A whole number past the range of {@code long}. */
        TOO_LARGE,
        /** {@code NaN} or an infinity, where the parser allows them. */
        NOT_FINITE
    }

    /** Exponents past this many digits make every non-zero number too large or a fraction alike. */
    private static final long EXPONENT_CAP = 1_000_000;
    /** More significant digits than this never fit a {@code long}. */
    private static final int LONG_DIGITS = 19;

    final Shape shape;
    final long value;

    private NumberLiteral(Shape shape, long value) {
        this.shape = shape;
        this.value = value;
    }

    static NumberLiteral of(String literal) {
        int length = literal.length();
        int at = 0;
        boolean negative = false;
        if (at < length && (literal.charAt(at) == '-' || literal.charAt(at) == '+')) {
            negative = literal.charAt(at) == '-';
            at++;
        }
        if (at >= length || !isDigit(literal.charAt(at)) && literal.charAt(at) != '.') {
            return new NumberLiteral(Shape.NOT_FINITE, 0);
        }
        // The digits before and after the point, read as one run; the point moves the exponent.
        int firstSignificant = -1;
        int lastSignificant = -1;
        int digitsSeen = 0;
        int fractionDigits = 0;
        boolean inFraction = false;
        int digitsStart = at;
        for (; at < length; at++) {
            char c = literal.charAt(at);
            if (c == '.') {
                inFraction = true;
            } else if (isDigit(c)) {
                if (c != '0') {
                    if (firstSignificant < 0) {
                        firstSignificant = digitsSeen;
                    }
                    lastSignificant = digitsSeen;
                }
                digitsSeen++;
                if (inFraction) {
                    fractionDigits++;
                }
            } else {
                break;
            }
        }
        int digitsEnd = at;
        long exponent = 0;
        if (at < length && (literal.charAt(at) == 'e' || literal.charAt(at) == 'E')) {
            at++;
            boolean negativeExponent = at < length && literal.charAt(at) == '-';
            if (at < length && (literal.charAt(at) == '-' || literal.charAt(at) == '+')) {
                at++;
            }
            for (; at < length; at++) {
                exponent = Math.min(EXPONENT_CAP, exponent * 10 + (literal.charAt(at) - '0'));
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (firstSignificant < 0) {
            return new NumberLiteral(Shape.WHOLE, 0);
        }
        // value = significant digits x 10^scale, the digits ending at the last non-zero one
        int significantDigits = lastSignificant - firstSignificant + 1;
        long scale = exponent - fractionDigits + (digitsSeen - 1 - lastSignificant);
        if (scale < 0) {
            return new NumberLiteral(Shape.FRACTION, 0);
        }
        if (significantDigits + scale > LONG_DIGITS) {
            return new NumberLiteral(Shape.TOO_LARGE, 0);
        }
        long magnitude = 0;
        int index = 0;
        for (int i = digitsStart; i < digitsEnd; i++) {
            char c = literal.charAt(i);
            if (c == '.') {
                continue;
            }
            if (index >= firstSignificant && index <= lastSignificant) {
                magnitude = magnitude * 10 + (c - '0');
            }
            index++;
        }
        for (long i = 0; i < scale; i++) {
            if (magnitude > Long.MAX_VALUE / 10) {
                return new NumberLiteral(Shape.TOO_LARGE, 0);
            }
            magnitude *= 10;
        }
        if (magnitude < 0) {
            return new NumberLiteral(Shape.TOO_LARGE, 0);
        }
        return new NumberLiteral(Shape.WHOLE, negative ? -magnitude : magnitude);
    }

    /** {@return whether the literal is a number, not {@code NaN} or an infinity} */
    static boolean denotesFinite(String literal) {
        int at = literal.startsWith("-") || literal.startsWith("+") ? 1 : 0;
        return at < literal.length() && (isDigit(literal.charAt(at)) || literal.charAt(at) == '.');
    }

    /**
     * {@return the literal as the nearest {@code double}} Besides numbers, {@code NaN} and the
     * infinities as parsers that allow them give them: {@code Infinity}, and Jackson's {@code -INF}.
     */
    static double toDouble(String literal) {
        return switch (literal) {
            case "INF", "+INF" -> Double.POSITIVE_INFINITY;
            case "-INF" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(literal);
        };
    }

    /**
     * {@return the literal as an exact number, for a violation's {@code actual} and an unknown field's
     * value: a {@code BigInteger} without fraction or exponent, else a {@code BigDecimal}; the literal
     * itself when neither holds it ({@code NaN}, or an exponent past {@code BigDecimal}'s range)}
     */
    static Object exact(String literal) {
        try {
            return literal.indexOf('.') < 0 && literal.indexOf('e') < 0 && literal.indexOf('E') < 0
                    ? new BigInteger(literal) : new BigDecimal(literal);
        } catch (NumberFormatException | ArithmeticException notExact) {
            return literal;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
