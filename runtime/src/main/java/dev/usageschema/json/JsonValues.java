package dev.usageschema.json;

import dev.usageschema.Rule;
import dev.usageschema.runtime.Copies;
import dev.usageschema.runtime.Property;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Undeclared fields as plain Java values, both ways: objects as {@link LinkedHashMap}s in their
 * order, arrays as lists, integers as {@link Long} (or {@link BigInteger} past it), other numbers as
 * the exact {@link BigDecimal} of their literal, so that writing them back gives the same numbers.
 * Such a decimal always keeps a point or an exponent ({@code 0.1e1} is {@code 1.0}), so that it is
 * written as one and reads back as itself, not as a {@code Long}.
 */
final class JsonValues {

    private JsonValues() {
    }

    /**
     * The value of the undeclared field {@code field}, which starts at {@code token}. A key given
     * twice in an object is a violation (the first value is kept), and so are a number no
     * {@code BigDecimal} holds and nesting past {@link Copies#MAX_DEPTH} levels, counted as the
     * model counts them, from its map of such fields (the value is left out).
     */
    static Object read(JsonTokens tokens, int token, String field, Found found) {
        return read(tokens, token, Property.of(field, field), field, found, 1);
    }

    private static Object read(JsonTokens tokens, int token, Property at, String field, Found found, int depth) {
        return switch (token) {
            case JsonTokens.START_OBJECT -> depth >= Copies.MAX_DEPTH ? tooDeep(tokens, at, field, found)
                    : object(tokens, at, field, found, depth);
            case JsonTokens.START_ARRAY -> depth >= Copies.MAX_DEPTH ? tooDeep(tokens, at, field, found)
                    : array(tokens, at, field, found, depth);
            case JsonTokens.STRING -> tokens.string();
            case JsonTokens.INTEGER -> tokens.fitsLong() ? (Object) tokens.longValue() : new BigInteger(tokens.literal());
            case JsonTokens.FLOAT -> {
                String literal = tokens.literal();
                LostLiterals.judge(tokens, at, literal, LostLiterals.Need.THE_LITERAL);
                yield decimal(literal, at, found);
            }
            case JsonTokens.TRUE -> Boolean.TRUE;
            case JsonTokens.FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Object decimal(String literal, Property at, Found found) {
        Object exact = NumberLiteral.exact(literal);
        if (exact instanceof BigDecimal decimal) {
            // With scale 0 it would be written as an integer (0.1e1 as 1), which reads back as a Long.
            return decimal.scale() == 0 ? decimal.setScale(1) : decimal;
        }
        found.add(NumberLiteral.denotesFinite(literal)
                ? JsonViolations.outOfRange(at, literal, "a BigDecimal")
                : JsonViolations.literal(at, Rule.FINITE, literal, "a finite number", "is not a finite number"));
        return null;
    }

    private static Map<String, Object> object(JsonTokens tokens, Property at, String field, Found found, int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int token = tokens.next(); token != JsonTokens.END_OBJECT; token = tokens.next()) {
            JsonReader.expect(tokens, token, JsonTokens.NAME);
            String name = tokens.name();
            Property entry = Property.nested(at, name, name);
            int value = tokens.next();
            if (object.containsKey(name)) {
                found.add(JsonViolations.duplicate(entry, name));
                tokens.skipChildren();
            } else {
                object.put(name, read(tokens, value, entry, field, found, depth + 1));
            }
        }
        return object;
    }

    private static List<Object> array(JsonTokens tokens, Property at, String field, Found found, int depth) {
        List<Object> array = new ArrayList<>();
        for (int token = tokens.next(); token != JsonTokens.END_ARRAY; token = tokens.next()) {
            JsonReader.notEnd(tokens, token);
            array.add(read(tokens, token, Property.element(at, array.size()), field, found, depth + 1));
        }
        return array;
    }

    private static Object tooDeep(JsonTokens tokens, Property at, String field, Found found) {
        found.add(JsonViolations.tooDeep(at, field));
        tokens.skipChildren();
        return null;
    }

    /**
     * Writes a value that a model holds among its undeclared fields: a map, a collection, a string,
     * a number, a boolean or {@code null}, as the model's checks allow.
     */
    static void write(Object value, JsonSink sink) {
        if (value == null) {
            sink.nullValue();
        } else if (value instanceof Map<?, ?> map) {
            sink.startObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                sink.name((String) entry.getKey());
                write(entry.getValue(), sink);
            }
            sink.endObject();
        } else if (value instanceof Collection<?> collection) {
            sink.startArray();
            for (Object element : collection) {
                write(element, sink);
            }
            sink.endArray();
        } else if (value instanceof String text) {
            sink.string(text);
        } else if (value instanceof Boolean bool) {
            sink.bool(bool);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            sink.number(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            sink.number(((Number) value).doubleValue());
        } else {
            sink.number((Number) value);
        }
    }
}
