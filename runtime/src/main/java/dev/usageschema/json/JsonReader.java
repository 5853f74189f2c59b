package dev.usageschema.json;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.UsageViolationException;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.runtime.Copies;
import dev.usageschema.runtime.Property;
import dev.usageschema.runtime.Violations;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one JSON document into a generated model, with every check of its schema. Never throws for
 * bad content: what it cannot read (a wrong type, a number the property cannot hold, a duplicate
 * key, an unknown field where the schema keeps none, malformed JSON) is a violation at its JSON
 * Pointer, beside the violations of the schema's own checks.
 */
public final class JsonReader {

    /** Up to this a {@code double} holds every whole number exactly. */
    private static final long DOUBLE_EXACT = 1L << 53;

    /**
     * The undeclared fields one object may bring into a model's additional-properties map; past it
     * the reading stops. The parser's limits bound each value, this one the map.
     */
    public static final int MAX_UNKNOWN_FIELDS = 1_000;

    private JsonReader() {
    }

    /**
     * Reads the document {@code tokens} holds, which must be one object and nothing after it.
     *
     * @param tokens the parser, before the document's first token
     * @param schema the model's JSON form ({@code ImmutableX.json()})
     * @param <M>    the model
     * @return the model and its warnings, or every violation found
     */
    public static <M> Validated<M> tryRead(JsonTokens tokens, JsonSchema<M, ?> schema) {
        try {
            int token = tokens.next();
            if (token != JsonTokens.START_OBJECT) {
                return Validated.invalid(schema.name(), List.of(new Violation("", "", Rule.JSON_TYPE, Severity.ERROR,
                        JsonViolations.describe(token), "an object", "the document is " + JsonViolations.describe(token)
                                + ", not a " + schema.name() + " object")));
            }
            Validated<M> read = readObject(tokens, schema, 0);
            int after = tokens.next();
            if (after != JsonTokens.END) {
                return Validated.invalid(schema.name(), append(read.violations(),
                        JsonViolations.malformed("", "more JSON after the " + schema.name() + " object")));
            }
            return read;
        } catch (JsonInputException unreadable) {
            return Validated.invalid(schema.name(),
                    List.of(JsonViolations.malformed(unreadable.pointer(), unreadable.getMessage())));
        }
    }

    /**
     * The outcome of a document that a parser refused before its first token (one past the
     * document length limit, for instance).
     *
     * @param schema  the model's JSON form
     * @param message what the parser said
     * @param <M>     the model
     * @return one {@link Rule#MALFORMED} violation at the document
     */
    public static <M> Validated<M> unreadable(JsonSchema<M, ?> schema, String message) {
        return Validated.invalid(schema.name(), List.of(JsonViolations.malformed("", message)));
    }

    /**
     * Reads one object, for a JSON library that hands over a parser standing at its
     * {@code START_OBJECT} (a databind deserializer), and leaves the parser at its {@code END_OBJECT}.
     * Warnings are logged, as {@code build()} logs them.
     *
     * @param tokens the parser, at the object's first token
     * @param schema the model's JSON form
     * @param <M>    the model
     * @return the model
     * @throws UsageViolationException listing every error, each at its JSON Pointer within the object
     */
    public static <M> M readValue(JsonTokens tokens, JsonSchema<M, ?> schema) {
        Validated<M> read;
        try {
            read = readObject(tokens, schema, 0);
        } catch (JsonInputException unreadable) {
            throw new UsageViolationException(schema.name(),
                    List.of(JsonViolations.malformed(unreadable.pointer(), unreadable.getMessage())));
        }
        if (!read.isValid()) {
            throw new UsageViolationException(schema.name(), read.violations());
        }
        return Violations.built(schema.name(), read.orElseThrow(), read.violations().isEmpty() ? null : read.violations());
    }

    /**
     * Reads an object whose {@code START_OBJECT} was just read, {@code depth} objects of declared schemas
     * deep. A schema that nests itself can be nested without end; past {@link Copies#MAX_DEPTH} the
     * reading stops, rather than the stack.
     */
    static <M, B> Validated<M> readObject(JsonTokens tokens, JsonSchema<M, B> schema, int depth) {
        if (depth >= Copies.MAX_DEPTH) {
            throw new JsonInputException(tokens.pointer(), "objects nested deeper than " + Copies.MAX_DEPTH + " levels",
                    null);
        }
        ObjectState<B> state = new ObjectState<>(schema.newBuilder(), schema.size());
        Set<String> unknownNames = null;
        for (int token = tokens.next(); token != JsonTokens.END_OBJECT; token = tokens.next()) {
            expect(tokens, token, JsonTokens.NAME);
            String name = tokens.name();
            if (name == null) {
                throw new JsonInputException(tokens.pointer(), "a field name that is null", null);
            }
            int index = schema.index(name);
            int value = tokens.next();
            if (index < 0) {
                if (!schema.keepsUnknownFields()) {
                    if (schema.unknownFields() != Severity.OFF) {
                        state.add(JsonViolations.unknown(name, schema.unknownFields()));
                    }
                    tokens.skipChildren();
                } else if (unknownNames != null && unknownNames.contains(name)) {
                    state.add(JsonViolations.duplicate(Property.of(name, name), name));
                    tokens.skipChildren();
                } else {
                    unknownNames = unknownNames == null ? new HashSet<>() : unknownNames;
                    if (unknownNames.size() >= MAX_UNKNOWN_FIELDS) {
                        throw new JsonInputException(tokens.pointer(), "more than " + MAX_UNKNOWN_FIELDS
                                + " undeclared fields in one object", null);
                    }
                    unknownNames.add(name);
                    Property field = Property.of(name, name);
                    schema.putUnknown(state.builder, name, JsonValues.read(tokens, value, field, state, 0));
                }
            } else if (!state.see(index)) {
                state.add(JsonViolations.duplicate(schema.property(index), name));
                tokens.skipChildren();
            } else {
                readProperty(tokens, schema, index, value, state, depth);
            }
        }
        return state.finish(schema, schema.tryBuild(state.builder));
    }

    /**
     * Fails when a parser gives another token than JSON allows here: the end of the input inside an
     * object or array, or a value where a field name belongs. Jackson's parsers fail first; this
     * keeps a looser parser from looping or misreading.
     */
    static void expect(JsonTokens tokens, int token, int expected) {
        if (token != expected) {
            throw new JsonInputException(tokens.pointer(), token == JsonTokens.END ? "the input ends inside a value"
                    : JsonViolations.describe(token) + " where a field name belongs", null);
        }
    }

    /** Fails when the input ends inside an array. */
    static void notEnd(JsonTokens tokens, int token) {
        if (token == JsonTokens.END) {
            expect(tokens, token, JsonTokens.END_ARRAY);
        }
    }

    private static <B> void readProperty(JsonTokens tokens, JsonSchema<?, B> schema, int index, int token,
            ObjectState<B> state, int depth) {
        Property property = schema.property(index);
        if (token == JsonTokens.NULL) {
            if (schema.primitive(index)) {
                state.reject(index, Violations.notNull(property));
            } else {
                schema.setNull(state.builder, index);
            }
            return;
        }
        JsonKind kind = schema.kind(index);
        switch (kind) {
            case LONG, INT, DOUBLE, DOUBLE_COUNT -> readNumber(tokens, schema, index, kind, token, state);
            case STRING -> {
                if (token == JsonTokens.STRING) {
                    schema.setValue(state.builder, index, tokens.string());
                } else {
                    wrongType(tokens, index, property, token, "a string", state);
                }
            }
            case BOOLEAN -> {
                if (token == JsonTokens.TRUE || token == JsonTokens.FALSE) {
                    schema.setValue(state.builder, index, token == JsonTokens.TRUE ? Boolean.TRUE : Boolean.FALSE);
                } else {
                    wrongType(tokens, index, property, token, "a boolean", state);
                }
            }
            case ENUM -> readEnum(tokens, schema, index, token, state);
            case NESTED -> readNested(tokens, schema, index, token, state, depth);
            case NESTED_LIST -> readNestedList(tokens, schema, index, token, state, depth);
            case LIST, SET, MAP -> {
                int expected = kind == JsonKind.MAP ? JsonTokens.START_OBJECT : JsonTokens.START_ARRAY;
                if (token != expected) {
                    wrongType(tokens, index, property, token, kind == JsonKind.MAP ? "an object" : "an array", state);
                    return;
                }
                Object values = PlainValues.read(tokens, token, kind, schema.elementType(index), property, state);
                if (values == null) {
                    state.reject(index, null);
                } else {
                    schema.setValue(state.builder, index, values);
                }
            }
            case UNREADABLE, ADDITIONAL -> {
                state.reject(index, JsonViolations.unsupported(property, "holds a type that is not read from JSON:"
                        + " JSON gives strings, booleans, numbers, enum names, nested schemas, and lists, sets"
                        + " and maps by name of strings, booleans and numbers"));
                tokens.skipChildren();
            }
        }
    }

    private static void wrongType(JsonTokens tokens, int index, Property property, int token, String expected,
            ObjectState<?> state) {
        state.reject(index, JsonViolations.wrongType(property, JsonViolations.describe(token), expected));
        tokens.skipChildren();
    }

    private static <B> void readEnum(JsonTokens tokens, JsonSchema<?, B> schema, int index, int token,
            ObjectState<B> state) {
        Property property = schema.property(index);
        if (token != JsonTokens.STRING) {
            wrongType(tokens, index, property, token, "a string", state);
            return;
        }
        String text = tokens.string();
        Object constant = schema.enumConstant(index, text);
        if (constant == null) {
            state.reject(index, JsonViolations.value(property, Rule.JSON_TYPE, text, "one of the enum's constants",
                    "is not one of the constants of " + property.name()));
        } else {
            schema.setValue(state.builder, index, constant);
        }
    }

    private static <B> void readNested(JsonTokens tokens, JsonSchema<?, B> schema, int index, int token,
            ObjectState<B> state, int depth) {
        Property property = schema.property(index);
        if (token != JsonTokens.START_OBJECT) {
            wrongType(tokens, index, property, token, "an object", state);
            return;
        }
        Validated<?> nested = readObject(tokens, schema.nested(index), depth + 1);
        if (nested.isValid()) {
            // A valid nested model's warnings are the parent's to report, through its own checks.
            schema.setValue(state.builder, index, nested.orElseThrow());
        } else {
            state.reject(index, null);
            for (Violation violation : nested.violations()) {
                state.add(violation.under(property.wirePath(), property.propertyPath()));
            }
        }
    }

    private static <B> void readNestedList(JsonTokens tokens, JsonSchema<?, B> schema, int index, int token,
            ObjectState<B> state, int depth) {
        Property property = schema.property(index);
        if (token != JsonTokens.START_ARRAY) {
            wrongType(tokens, index, property, token, "an array", state);
            return;
        }
        JsonSchema<?, ?> elementSchema = schema.nested(index);
        List<Object> elements = new ArrayList<>();
        boolean rejected = false;
        for (int element = tokens.next(); element != JsonTokens.END_ARRAY; element = tokens.next()) {
            notEnd(tokens, element);
            if (element == JsonTokens.START_OBJECT) {
                Validated<?> read = readObject(tokens, elementSchema, depth + 1);
                if (read.isValid()) {
                    elements.add(read.orElseThrow());
                    continue;
                }
                // The element's paths are written only for its violations: a valid list costs none.
                Property at = Property.element(property, elements.size());
                for (Violation violation : read.violations()) {
                    state.add(violation.under(at.wirePath(), at.propertyPath()));
                }
            } else {
                Property at = Property.element(property, elements.size());
                state.add(element == JsonTokens.NULL ? Violations.notNull(at)
                        : JsonViolations.wrongType(at, JsonViolations.describe(element), "an object"));
                tokens.skipChildren();
            }
            rejected = true;
            elements.add(null);
        }
        if (rejected) {
            state.reject(index, null);
        } else {
            schema.setValue(state.builder, index, elements);
        }
    }

    /**
     * A number for a numeric property: set when the property's type holds it exactly, else a
     * violation. Values the type holds but the schema's rules refuse (a negative count, a fraction
     * in a {@code double} count) are set, for those rules to report.
     */
    private static <B> void readNumber(JsonTokens tokens, JsonSchema<?, B> schema, int index, JsonKind kind,
            int token, ObjectState<B> state) {
        Property property = schema.property(index);
        if (token != JsonTokens.INTEGER && token != JsonTokens.FLOAT) {
            wrongType(tokens, index, property, token, "a number", state);
            return;
        }
        if (token == JsonTokens.INTEGER && tokens.fitsLong()) {
            long value = tokens.longValue();
            switch (kind) {
                case LONG -> schema.setLong(state.builder, index, value);
                case INT -> {
                    if (value == (int) value) {
                        schema.setLong(state.builder, index, value);
                    } else {
                        state.reject(index, outOfRange(property, value, "a 32-bit integer"));
                    }
                }
                case DOUBLE -> schema.setDouble(state.builder, index, value);
                default -> {
                    if (!setDoubleCount(schema, index, value, state)) {
                        state.reject(index, tooLargeForDouble(property, tokens.literal()));
                    }
                }
            }
            return;
        }
        String literal = tokens.literal();
        if (kind == JsonKind.DOUBLE) {
            double value = Double.parseDouble(literal);
            if (Double.isInfinite(value) && !literal.contains("Infinity")) {
                state.reject(index, outOfRange(property, exact(literal), "a finite double"));
            } else {
                schema.setDouble(state.builder, index, value);
            }
            return;
        }
        NumberLiteral number = NumberLiteral.of(literal);
        switch (number.shape) {
            case WHOLE -> {
                if (kind == JsonKind.DOUBLE_COUNT) {
                    if (!setDoubleCount(schema, index, number.value, state)) {
                        state.reject(index, tooLargeForDouble(property, literal));
                    }
                } else if (kind == JsonKind.INT && number.value != (int) number.value) {
                    state.reject(index, outOfRange(property, exact(literal), "a 32-bit integer"));
                } else {
                    schema.setLong(state.builder, index, number.value);
                }
            }
            case FRACTION -> state.reject(index, JsonViolations.value(property, Rule.WHOLE_NUMBER, exact(literal),
                    "a whole number", "is not a whole number"));
            case TOO_LARGE -> state.reject(index, kind == JsonKind.DOUBLE_COUNT
                    ? tooLargeForDouble(property, literal)
                    : outOfRange(property, exact(literal), kind == JsonKind.INT ? "a 32-bit integer" : "a 64-bit integer"));
            case NOT_FINITE -> {
                if (kind == JsonKind.DOUBLE_COUNT) {
                    schema.setDouble(state.builder, index, Double.parseDouble(literal));
                } else {
                    state.reject(index, JsonViolations.value(property, Rule.FINITE, literal, "a finite whole number",
                            "is not a finite number"));
                }
            }
        }
    }

    /** Sets a whole count on a {@code double} property when the {@code double} holds it exactly (up to 2^53 either way). */
    private static <B> boolean setDoubleCount(JsonSchema<?, B> schema, int index, long value, ObjectState<B> state) {
        if (value < -DOUBLE_EXACT || value > DOUBLE_EXACT) {
            return false;
        }
        schema.setDouble(state.builder, index, value);
        return true;
    }

    private static Violation tooLargeForDouble(Property property, String literal) {
        return literal.startsWith("-")
                ? JsonViolations.value(property, Rule.NON_NEGATIVE, exact(literal), ">= 0", "is negative; counts are >= 0")
                : JsonViolations.value(property, Rule.EXACT_RANGE, exact(literal), "<= " + DOUBLE_EXACT,
                        "is above 2^53 = " + DOUBLE_EXACT + ", where a floating-point count stops being exact");
    }

    private static Violation outOfRange(Property property, Object value, String type) {
        return JsonViolations.value(property, Rule.NUMBER_RANGE, value, "a number that fits " + type,
                "does not fit " + type);
    }

    /** The literal as an exact number, for a violation's {@code actual}. */
    static Number exact(String literal) {
        try {
            return literal.indexOf('.') < 0 && literal.indexOf('e') < 0 && literal.indexOf('E') < 0
                    ? new BigInteger(literal) : new BigDecimal(literal);
        } catch (NumberFormatException | ArithmeticException notExact) {
            return Double.parseDouble(literal);
        }
    }

    private static List<Violation> append(List<Violation> violations, Violation more) {
        List<Violation> all = new ArrayList<>(violations);
        all.add(more);
        return all;
    }
}
