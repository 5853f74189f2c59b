package dev.usageschema.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Java type a property of a serializable schema holds, as its serial form declares it: what a
 * value read from a stream must be before it reaches the builder. A stream erases generics, so the
 * elements of lists, sets and maps are checked one by one, as deep as the declared type goes.
 *
 * <p>The one conversion is between {@code int} and {@code long}, at any depth: a value of the one
 * is read into the other when the other holds it exactly, so that a count widened from {@code int}
 * to {@code long} between two versions of a schema keeps its value.
 */
public final class SerialType {

    private enum Shape { VALUE, PRIMITIVE, LIST, SET, COLLECTION, MAP }

    /** A primitive {@code long}: never {@code null}. */
    public static final SerialType LONG = new SerialType(Shape.PRIMITIVE, Long.class, "a long", null, null);
    /** A primitive {@code int}: never {@code null}. */
    public static final SerialType INT = new SerialType(Shape.PRIMITIVE, Integer.class, "an int", null, null);
    /** A primitive {@code double}: never {@code null}. */
    public static final SerialType DOUBLE = new SerialType(Shape.PRIMITIVE, Double.class, "a double", null, null);
    /** A primitive {@code boolean}: never {@code null}. */
    public static final SerialType BOOLEAN = new SerialType(Shape.PRIMITIVE, Boolean.class, "a boolean", null, null);

    /** Anything: what the elements of an {@code Object} are. */
    private static final SerialType ANY = of(Object.class);

    private final Shape shape;
    private final Class<?> type;
    private final String description;
    private final SerialType element;
    private final SerialType key;

    private SerialType(Shape shape, Class<?> type, String description, SerialType element, SerialType key) {
        this.shape = shape;
        this.type = type;
        this.description = description;
        this.element = element;
        this.key = key;
    }

    /** {@return any instance of {@code type}, or {@code null}} For a generic type, its class: the erasure. */
    public static SerialType of(Class<?> type) {
        return new SerialType(Shape.VALUE, type, "a " + type.getName(), null, null);
    }

    /** {@return a {@code List} of {@code element}s} */
    public static SerialType list(SerialType element) {
        return new SerialType(Shape.LIST, List.class, "a list", element, null);
    }

    /** {@return a {@code Set} of {@code element}s} */
    public static SerialType set(SerialType element) {
        return new SerialType(Shape.SET, Set.class, "a set", element, null);
    }

    /** {@return a {@code Collection} of {@code element}s: a list or a set} */
    public static SerialType collection(SerialType element) {
        return new SerialType(Shape.COLLECTION, Collection.class, "a collection", element, null);
    }

    /** {@return a {@code Map} from {@code key}s to {@code value}s} */
    public static SerialType map(SerialType key, SerialType value) {
        return new SerialType(Shape.MAP, Map.class, "a map", value, key);
    }

    /**
     * Whether a collection or map of this type is written element by element: the type is one, or
     * {@code Object}, which holds JSON-like values. A value of any other declared type is written
     * as an object of the stream even when it is a collection, so that it reads back as its class.
     */
    boolean writesElements() {
        return shape != Shape.VALUE || type == Object.class;
    }

    /** {@return the type of the elements of a collection, or of the values of a map, of this type} */
    SerialType element() {
        return element == null ? ANY : element;
    }

    /** {@return the type of the keys of a map of this type} */
    SerialType key() {
        return key == null ? ANY : key;
    }

    /**
     * {@code value} as this type holds it: itself, a number converted between {@code int} and
     * {@code long}, or a new collection of conformed elements.
     *
     * @throws Mismatch where it, or an element at any depth, is not of its type
     */
    Object conform(Object value) throws Mismatch {
        if (value == null) {
            if (shape == Shape.PRIMITIVE) {
                throw new Mismatch("null", description);
            }
            return null;
        }
        return switch (shape) {
            case VALUE, PRIMITIVE -> value(value);
            case LIST, SET, COLLECTION -> collection(value);
            case MAP -> map(value);
        };
    }

    private Object value(Object value) throws Mismatch {
        if (type == Long.class && value instanceof Integer number) {
            return number.longValue();
        }
        if (type == Integer.class && value instanceof Long number) {
            if (number != number.intValue()) {
                throw new Mismatch(number.toString(), description);
            }
            return number.intValue();
        }
        if (!type.isInstance(value)) {
            throw new Mismatch(describe(value), description);
        }
        return value;
    }

    private Object collection(Object value) throws Mismatch {
        if (!type.isInstance(value)) {
            throw new Mismatch(describe(value), description);
        }
        Collection<?> elements = (Collection<?>) value;
        Collection<Object> conformed = value instanceof Set ? new LinkedHashSet<>() : new ArrayList<>(elements.size());
        int index = 0;
        for (Object each : elements) {
            try {
                conformed.add(element().conform(each));
            } catch (Mismatch mismatch) {
                throw mismatch.at("[" + index + "]");
            }
            index++;
        }
        return conformed;
    }

    private Object map(Object value) throws Mismatch {
        if (!(value instanceof Map<?, ?> entries)) {
            throw new Mismatch(describe(value), description);
        }
        Map<Object, Object> conformed = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : entries.entrySet()) {
            Object conformedKey;
            try {
                conformedKey = key().conform(entry.getKey());
            } catch (Mismatch mismatch) {
                throw mismatch.keyOf();
            }
            try {
                conformed.put(conformedKey, element().conform(entry.getValue()));
            } catch (Mismatch mismatch) {
                throw mismatch.at("[" + entry.getKey() + "]");
            }
        }
        return conformed;
    }

    private static String describe(Object value) {
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof Set) {
            return "a set";
        }
        return value instanceof Map ? "a map" : "a " + value.getClass().getName();
    }

    /** A value, or one inside it, that is not of its type; made only when a stream is refused. */
    static final class Mismatch extends Exception {

        private static final long serialVersionUID = 1L;

        private final String found;
        private final String expected;
        /** Where inside the property's value, innermost last: {@code [2][search]}. */
        private String within = "";
        private boolean key;

        Mismatch(String found, String expected) {
            super(null, null, false, false);
            this.found = found;
            this.expected = expected;
        }

        Mismatch at(String step) {
            within = step + within;
            return this;
        }

        Mismatch keyOf() {
            key = true;
            return this;
        }

        /** {@return the refusal's text, for the property named {@code property}: {@code Usage.tags}} */
        String describe(String property) {
            return "the stream holds " + (key ? "a key of " : "") + property + within + " as " + found
                    + ", which is not " + expected;
        }
    }
}
