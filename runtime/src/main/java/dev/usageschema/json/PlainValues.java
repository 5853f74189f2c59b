package dev.usageschema.json;

import dev.usageschema.Rule;
import dev.usageschema.Violation;
import dev.usageschema.runtime.Property;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * Collections of plain values ({@code List<String>}, {@code Set<Long>}, {@code Map<String, Double>}):
 * each element read as the declared element type, exactly, or a violation at its path.
 */
final class PlainValues {

    /** The most digits an exact decimal may have written out: what the longest literal a parser takes holds. */
    static final int MAX_DIGITS_WRITTEN_OUT = 1000;

    /** Stands for an element that could not be read as the element type; its violation is added. */
    private static final Object REJECTED = new Object();

    private PlainValues() {
    }

    /**
     * The collection a {@link JsonKind#LIST}, {@link JsonKind#SET} or {@link JsonKind#MAP} property
     * holds, or {@code null} when any element was rejected (each with its violation added).
     */
    static Object read(JsonTokens tokens, int token, JsonKind kind, Class<?> type, Property property,
            Found found) {
        boolean rejected = false;
        if (kind == JsonKind.MAP) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int name = tokens.next(); name != JsonTokens.END_OBJECT; name = tokens.next()) {
                JsonReader.expect(tokens, name, JsonTokens.NAME);
                String key = tokens.name();
                Object value = element(tokens, tokens.next(), type, property, -1, key, found);
                if (map.containsKey(key)) {
                    found.add(JsonViolations.duplicate(at(property, -1, key), key));
                    rejected = true;
                } else if (value == REJECTED) {
                    rejected = true;
                } else {
                    map.put(key, value);
                }
            }
            return rejected ? null : map;
        }
        Collection<Object> elements = kind == JsonKind.SET ? new LinkedHashSet<>() : new ArrayList<>();
        int index = 0;
        for (int element = tokens.next(); element != JsonTokens.END_ARRAY; element = tokens.next(), index++) {
            JsonReader.notEnd(tokens, element);
            Object value = element(tokens, element, type, property, index, null, found);
            if (value == REJECTED) {
                rejected = true;
            } else if (!elements.add(value)) {
                found.add(JsonViolations.value(at(property, index, null), Rule.DUPLICATE, value, "each value once",
                        "is in the set already; the first is kept"));
                rejected = true;
            }
        }
        return rejected ? null : elements;
    }

    /**
     * The one number an {@link JsonKind#EXACT} property holds, as {@code type}, or {@code null} when it
     * was rejected (with its violation added); a JSON {@code null} is read before this.
     */
    static Object exact(JsonTokens tokens, int token, Class<?> type, Property property, Found found) {
        Object value = element(tokens, token, type, property, -1, null, found);
        return value == REJECTED ? null : value;
    }

    /**
     * Where an element sits, by {@code index} in an array or {@code key} in an object; written only
     * for a violation, so that a valid collection costs no paths.
     */
    private static Property at(Property property, int index, String key) {
        if (index < 0 && key == null) {
            return property;
        }
        return key == null ? Property.element(property, index) : Property.entry(property, key);
    }

    /** One element as {@code type}; {@code null} passes through for the model's own not-null check. */
    private static Object element(JsonTokens tokens, int token, Class<?> type, Property property, int index,
            String key, Found found) {
        if (token == JsonTokens.NULL) {
            return null;
        }
        if (type == String.class && token == JsonTokens.STRING) {
            return tokens.string();
        }
        if (type == Boolean.class && (token == JsonTokens.TRUE || token == JsonTokens.FALSE)) {
            return token == JsonTokens.TRUE;
        }
        boolean number = token == JsonTokens.INTEGER || token == JsonTokens.FLOAT;
        if (!number || type == String.class || type == Boolean.class) {
            found.add(JsonViolations.wrongType(at(property, index, key), JsonViolations.describe(token),
                    "a " + type.getSimpleName()));
            tokens.skipChildren();
            return REJECTED;
        }
        String literal = tokens.literal();
        Property at = at(property, index, key);
        if (token == JsonTokens.FLOAT) {
            LostLiterals.judge(tokens, at, literal, type == Double.class ? LostLiterals.Need.A_DOUBLE
                    : type == BigDecimal.class ? LostLiterals.Need.THE_LITERAL : LostLiterals.Need.A_WHOLE_NUMBER);
        }
        // NaN and the infinities have no JSON number to be written back as: a plain value must be finite.
        if (!NumberLiteral.denotesFinite(literal)) {
            return reject(found, JsonViolations.literal(at, Rule.FINITE, literal, "a finite number",
                    "is not a finite number"));
        }
        if (type == Double.class) {
            double value = NumberLiteral.toDouble(literal);
            return Double.isInfinite(value) ? reject(found, JsonViolations.outOfRange(at, literal, JsonReader.DOUBLE))
                    : (Object) value;
        }
        if (type == BigDecimal.class || type == BigInteger.class) {
            Object exact = NumberLiteral.exact(literal);
            if (exact instanceof String) {
                // Past BigDecimal's exponent range: 1e9999999999.
                return reject(found, JsonViolations.outOfRange(at, literal, "a BigDecimal"));
            }
            if (type == BigDecimal.class) {
                BigDecimal decimal = exact instanceof BigInteger integer ? new BigDecimal(integer) : (BigDecimal) exact;
                return writtenOut(decimal) > MAX_DIGITS_WRITTEN_OUT ? reject(found, JsonViolations.literal(at,
                        Rule.NUMBER_RANGE, literal, "a decimal of at most " + MAX_DIGITS_WRITTEN_OUT + " digits written out",
                        "has more than " + MAX_DIGITS_WRITTEN_OUT + " digits written out in full")) : decimal;
            }
            return exact instanceof BigInteger ? exact : wholeOrNot((BigDecimal) exact, at, literal, found);
        }
        NumberLiteral whole = NumberLiteral.of(literal);
        if (whole.shape == NumberLiteral.Shape.FRACTION) {
            return reject(found, notWhole(at, literal));
        }
        if (whole.shape == NumberLiteral.Shape.TOO_LARGE || type == Integer.class && whole.value != (int) whole.value) {
            return reject(found, JsonViolations.outOfRange(at, literal, type == Integer.class ? JsonReader.INT
                    : JsonReader.LONG));
        }
        return type == Integer.class ? (Object) (int) whole.value : (Object) whole.value;
    }

    /**
     * A {@code BigInteger} written with a fraction or an exponent: the whole number it denotes
     * ({@code 1e3}, {@code 12.0}), as a {@code long} count reads it, within the digits a decimal may
     * have written out (so {@code 1e100000000} is not made a hundred million digits long).
     */
    private static Object wholeOrNot(BigDecimal decimal, Property at, String literal, Found found) {
        BigDecimal stripped = decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
        if (stripped.scale() > 0) {
            return reject(found, notWhole(at, literal));
        }
        if (writtenOut(stripped) > MAX_DIGITS_WRITTEN_OUT) {
            return reject(found, JsonViolations.literal(at, Rule.NUMBER_RANGE, literal, "a whole number of at most "
                    + MAX_DIGITS_WRITTEN_OUT + " digits", "has more than " + MAX_DIGITS_WRITTEN_OUT + " digits"));
        }
        return stripped.toBigIntegerExact();
    }

    /**
     * {@return how many digits {@code decimal} has written out without an exponent}: what adding it to
     * a number of another scale holds, 1e-100000000 + 1 a hundred million digits.
     */
    private static long writtenOut(BigDecimal decimal) {
        long precision = decimal.precision();
        long scale = decimal.scale();
        return Math.max(precision, Math.max(precision - scale, scale));
    }

    private static Violation notWhole(Property at, String literal) {
        return JsonViolations.literal(at, Rule.WHOLE_NUMBER, literal, "a whole number", "is not a whole number");
    }

    private static Object reject(Found found, Violation because) {
        found.add(because);
        return REJECTED;
    }
}
