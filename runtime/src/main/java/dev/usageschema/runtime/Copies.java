package dev.usageschema.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deep, unmodifiable copies of what a model stores, so that nothing reachable from a built model
 * can change after {@code build()}. Copies never throw: what cannot be stored safely (a value that
 * is not JSON-like, a {@code null} element, nesting past {@link #MAX_DEPTH}) is kept in the copy
 * as it is, and the model's checks, which run on the copy, report it as a violation, so that such
 * a model is never built.
 */
public final class Copies {

    /** How deep additional properties and collections may nest; deeper (or cyclic) values are cut off here. */
    public static final int MAX_DEPTH = 200;

    /** Stands for a value nested deeper than {@link #MAX_DEPTH}, or for a cycle. */
    static final Object TOO_DEEP = new Object() {
        @Override
        public String toString() {
            return "<nested too deep>";
        }
    };

    private Copies() {
    }

    /** An additional-properties map: JSON-like values (maps, lists, strings, numbers, booleans, null), copied deeply. */
    public static Map<String, Object> jsonObject(Map<String, ?> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        return unmodifiableMap(map, 0);
    }

    /** A {@code List}, {@code Set}, {@code Map} or {@code Collection} property, with collections inside it copied too. */
    @SuppressWarnings("unchecked")
    public static <T> T collection(T value) {
        return (T) copy(value, 0);
    }

    /**
     * A value JSON can hold: immutable, and for floating numbers finite (JSON has no NaN or
     * infinity). {@code BigInteger} and {@code BigDecimal} only as themselves: their classes are not
     * final, and a subclass could change after it is stored.
     */
    static boolean isJsonScalar(Object value) {
        if (value instanceof Double number) {
            return Double.isFinite(number);
        }
        if (value instanceof Float number) {
            return Float.isFinite(number);
        }
        return value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value.getClass() == BigInteger.class || value.getClass() == BigDecimal.class
                || value instanceof Short || value instanceof Byte;
    }

    private static Object copy(Object value, int depth) {
        if (!(value instanceof Map) && !(value instanceof Collection)) {
            return value;
        }
        if (depth >= MAX_DEPTH) {
            return TOO_DEEP;
        }
        if (value instanceof Map<?, ?> map) {
            return unmodifiableMap(map, depth);
        }
        Collection<?> collection = (Collection<?>) value;
        if (value instanceof Set) {
            Set<Object> copy = new LinkedHashSet<>();
            for (Object element : collection) {
                copy.add(copy(element, depth + 1));
            }
            return Collections.unmodifiableSet(copy);
        }
        List<Object> copy = new ArrayList<>(collection.size());
        for (Object element : collection) {
            copy.add(copy(element, depth + 1));
        }
        return Collections.unmodifiableList(copy);
    }

    @SuppressWarnings("unchecked")
    private static <K> Map<K, Object> unmodifiableMap(Map<K, ?> map, int depth) {
        Map<K, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<K, ?> entry : map.entrySet()) {
            copy.put(entry.getKey(), copy(entry.getValue(), depth + 1));
        }
        return Collections.unmodifiableMap(copy);
    }
}
