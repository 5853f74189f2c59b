package dev.usageschema.json;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.runtime.Copies;
import dev.usageschema.runtime.Property;
import dev.usageschema.runtime.Texts;
import dev.usageschema.runtime.Violations;
import dev.usageschema.sum.Total;
import java.io.InputStream;
import java.io.Reader;
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

    /** The Java types numbers are read into, as messages name them. */
    static final String INT = "a 32-bit integer";
    static final String LONG = "a 64-bit integer";
    static final String DOUBLE = "a double";

    /**
     * The undeclared fields one object may bring into a model's additional-properties map; past it
     * the reading stops. The parser's limits bound each value, this one the map.
     */
    public static final int MAX_UNKNOWN_FIELDS = 1_000;

    /**
     * The violations one read lists one by one, whatever the schema keeps: an undeclared field
     * reported once per field, or a wrong element once per element, would otherwise hold a
     * violation per few bytes of input. Past it they are counted, and the first error among them
     * (or else the first warning) is listed last with their count, so the verdict stays the same.
     */
    public static final int MAX_VIOLATIONS = 1_000;

    /** The longest stream event read unless a reader's limits say otherwise (its document length). */
    public static final int MAX_EVENT_BYTES = 64 << 20;

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
        Found found = new Found();
        M model;
        try {
            int token = tokens.next();
            if (token == JsonTokens.END) {
                return unreadable(schema, "the input is empty: no JSON value, where a " + schema.name()
                        + " object belongs");
            }
            if (token != JsonTokens.START_OBJECT) {
                return notAnObject(schema, token, "the document");
            }
            model = readObject(tokens, schema, 0, found);
            if (tokens.next() != JsonTokens.END) {
                found.add(JsonViolations.malformed("", "more JSON after the " + schema.name() + " object"));
                model = null;
            }
        } catch (JsonInputException unreadable) {
            return unreadable(schema, unreadable);
        }
        return model == null ? Validated.invalid(schema.name(), found.all())
                : Validated.valid(schema.name(), model, found.all());
    }

    /**
     * Reads the usage at {@code site} in the one document {@code tokens} holds, a whole response:
     * everything outside the usage is read through, not kept and not reported, but must be
     * well-formed JSON. Every violation is at its path in the document
     * ({@code /usage/prompt_tokens_details/cached_tokens}).
     *
     * @param tokens the parser, before the document's first token
     * @param site   where the usage is
     * @param schema the model's JSON form
     * @param <M>    the model
     * @return the model and its warnings; or every violation found; or, when the site holds no usage
     *         (absent, or {@code null}), one {@link Rule#NO_USAGE} error at its first pointer, naming them all
     */
    public static <M> Validated<M> tryReadAt(JsonTokens tokens, UsageSite site, JsonSchema<M, ?> schema) {
        UsageLookup.Located<M> located;
        try {
            located = site.lookup(schema).read(tokens, null);
        } catch (JsonInputException unreadable) {
            return unreadable(schema, unreadable);
        }
        return located == null ? Validated.invalid(schema.name(), List.of(UsageLookup.noUsage(schema, site)))
                : located.read();
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
     * Never throws for bad content; logs nothing (the caller says what becomes of the warnings).
     *
     * @param tokens the parser, at the object's first token
     * @param schema the model's JSON form
     * @param <M>    the model
     * @return the model and its warnings, or every violation found, each at its JSON Pointer within
     *         the object, whatever rule it breaks (malformed input too)
     */
    public static <M> Validated<M> tryReadValue(JsonTokens tokens, JsonSchema<M, ?> schema) {
        Found found = new Found();
        M model;
        try {
            model = readObject(tokens, schema, 0, found);
        } catch (JsonInputException unreadable) {
            return unreadable(schema, unreadable);
        }
        return model == null ? Validated.invalid(schema.name(), found.all())
                : Validated.valid(schema.name(), model, found.all());
    }

    /**
     * Reads the value after the token a caller's parser stands at, in place, for a caller that reads
     * a larger document itself (at a field name, or before the document): an object is read up to its
     * {@code END_OBJECT}, where the parser is left; any other value is skipped, and is a
     * {@link Rule#JSON_TYPE} error. Violations are at their paths within the value, as
     * {@link #tryReadValue(JsonTokens, JsonSchema)} gives them.
     *
     * @param tokens the parser, one token before the value
     * @param schema the model's JSON form
     * @param <M>    the model
     * @return the model and its warnings, or every violation found
     */
    public static <M> Validated<M> tryReadNext(JsonTokens tokens, JsonSchema<M, ?> schema) {
        try {
            int token = tokens.next();
            if (token == JsonTokens.START_OBJECT) {
                return tryReadValue(tokens, schema);
            }
            if (token == JsonTokens.END || token == JsonTokens.END_OBJECT || token == JsonTokens.END_ARRAY) {
                return unreadable(schema, "no value where a " + schema.name() + " object belongs: the "
                        + (token == JsonTokens.END ? "input" : token == JsonTokens.END_OBJECT ? "object" : "array")
                        + " ends");
            }
            tokens.skipChildren();
            return notAnObject(schema, token, "the value");
        } catch (JsonInputException unreadable) {
            return unreadable(schema, unreadable);
        }
    }

    private static <M> Validated<M> notAnObject(JsonSchema<M, ?> schema, int token, String what) {
        return Validated.invalid(schema.name(), List.of(new Violation("", "", Rule.JSON_TYPE, Severity.ERROR,
                JsonViolations.describe(token), "an object", what + " is " + JsonViolations.describe(token)
                        + ", not a " + schema.name() + " object")));
    }

    /**
     * Reads the usage of a whole response of {@code surface}, at its {@linkplain UsageSurface#responseSite()
     * site}, as {@link #tryReadAt} does.
     *
     * @param tokens  the parser, before the document's first token
     * @param surface the API surface
     * @param <X>     the schema
     * @param <M>     the model
     * @return the model and its warnings; or every violation found; or one {@link Rule#NO_USAGE} error
     */
    public static <X, M extends X> Validated<M> tryReadResponse(JsonTokens tokens, UsageSurface<X, M> surface) {
        UsageLookup.Located<M> located;
        try {
            located = surface.responseLookup().read(tokens, null);
        } catch (JsonInputException unreadable) {
            return unreadable(surface.schema(), unreadable);
        }
        return located == null ? Validated.invalid(surface.schema().name(),
                List.of(UsageLookup.noUsage(surface.schema(), surface.responseSite()))) : located.read();
    }

    /**
     * Reads a stream of events of {@code surface} (server-sent events or JSON lines, as its
     * {@linkplain UsageSurface#framing() framing} says) and accumulates the usage its events carry,
     * in its stream style, incrementally: one event is held at a time. Every event is given to the
     * accumulator at its index, counted from 0 over every event of the stream but {@code data: [DONE]}
     * (comments and blank lines are no events): the usage read where the surface's
     * {@linkplain UsageSurface#streamSites() sites} say, or nothing for an event that carries none. An
     * event that is not well-formed JSON, or longer than {@code maxEventBytes}, is rejected at its index,
     * {@link Rule#MALFORMED}, and the reading goes on with the next event; a stream that cannot be read
     * on is one {@code MALFORMED} event where it stopped. Every violation is at
     * {@code /<event index>/<pointer in the event>/<path in the usage>} ({@code /7/usage/total_tokens})
     * in {@link Total#allOrNothing()} and the total's warnings; {@link dev.usageschema.sum.Rejected}
     * holds each rejected event's violations at their paths in the event. Never throws for bad content.
     *
     * @param events        the stream, UTF-8; not closed
     * @param surface       the API surface
     * @param parsers       the JSON library's parsers, one per event
     * @param maxEventBytes the longest event read; a longer one is passed over, {@code MALFORMED}
     * @param <X>           the schema
     * @param <M>           the model
     * @return the stream's usage, its warnings and its rejected events
     * @throws IllegalStateException when neither the surface nor the schema says the stream style
     */
    public static <X, M extends X> Total<X, M> tryReadStream(InputStream events, UsageSurface<X, M> surface,
            TokenSource parsers, int maxEventBytes) {
        if (maxEventBytes < 1) {
            throw new IllegalArgumentException("an event may have 1 byte or more, not " + maxEventBytes);
        }
        return StreamReading.read(events, surface, parsers, maxEventBytes);
    }

    /**
     * Reads a stream of events given as characters, as {@link #tryReadStream(InputStream, UsageSurface,
     * TokenSource, int)} reads their UTF-8; an event holding a lone surrogate is {@code MALFORMED}.
     *
     * @param events        the stream; not closed
     * @param surface       the API surface
     * @param parsers       the JSON library's parsers, one per event
     * @param maxEventBytes the longest event read, in bytes of UTF-8
     * @param <X>           the schema
     * @param <M>           the model
     * @return the stream's usage, its warnings and its rejected events
     */
    public static <X, M extends X> Total<X, M> tryReadStream(Reader events, UsageSurface<X, M> surface,
            TokenSource parsers, int maxEventBytes) {
        return tryReadStream(new CharsAsUtf8(events), surface, parsers, maxEventBytes);
    }

    private static <M> Validated<M> unreadable(JsonSchema<M, ?> schema, JsonInputException unreadable) {
        return Validated.invalid(schema.name(),
                List.of(JsonViolations.malformed(unreadable.pointer(), unreadable.getMessage())));
    }

    /**
     * Reads an object whose {@code START_OBJECT} was just read, {@code depth} objects of declared schemas
     * deep, adding its violations to {@code found} with paths within the object. A nested object
     * ({@code depth > 0}) leaves out the warnings of its own checks: its holder's checks report them.
     * A schema that nests itself can be nested without end; past {@link Copies#MAX_DEPTH} the reading
     * stops, rather than the stack.
     *
     * @return the model, or {@code null} when a violation from this object on is an error
     */
    static <M, B> M readObject(JsonTokens tokens, JsonSchema<M, B> schema, int depth, Found found) {
        return readObject(tokens, schema, depth, found, null);
    }

    /**
     * Reads an object as {@link #readObject(JsonTokens, JsonSchema, int, Found)} does; when
     * {@code beside} is given, the object's undeclared fields are a response's own and go there.
     */
    static <M, B> M readObject(JsonTokens tokens, JsonSchema<M, B> schema, int depth, Found found,
            FieldsBeside beside) {
        if (depth >= Copies.MAX_DEPTH) {
            throw new JsonInputException(tokens.pointer(), "objects nested deeper than " + Copies.MAX_DEPTH + " levels",
                    null);
        }
        int from = found.size();
        B builder = schema.newBuilder();
        // Which properties were seen (a second is a duplicate) and rejected (not set; their own
        // violation says why), one bit each; a schema of more than 64 properties keeps them in words.
        long seen = 0;
        long rejected = 0;
        long[] seenWords = schema.size() > Long.SIZE ? new long[words(schema.size())] : null;
        long[] rejectedWords = seenWords == null ? null : new long[seenWords.length];
        Set<String> unknownNames = null;
        for (int token = tokens.next(); token != JsonTokens.END_OBJECT; token = tokens.next()) {
            expect(tokens, token, JsonTokens.NAME);
            int index = tokens.nameIndex(schema);
            boolean first = index < 0 || (seenWords == null ? (seen & (1L << index)) == 0 : !isSet(seenWords, index));
            // The name as a string only where a message or a map needs it: a declared field's first is never made.
            String name = index < 0 || !first ? tokens.name() : null;
            int value = tokens.next();
            if (index < 0 && beside != null) {
                beside.field(name, value);
                continue;
            }
            if (beside != null) {
                beside.declared++;
            }
            if (index < 0) {
                unknownNames = readUnknown(tokens, schema, builder, name, value, unknownNames, found);
                continue;
            }
            if (seenWords == null) {
                seen |= 1L << index;
            } else {
                set(seenWords, index);
            }
            if (!first) {
                found.add(JsonViolations.duplicate(schema.property(index), name));
                tokens.skipChildren();
            } else if (!readProperty(tokens, schema, builder, index, value, depth, found)) {
                if (rejectedWords == null) {
                    rejected |= 1L << index;
                } else {
                    set(rejectedWords, index);
                }
            }
        }
        M model = schema.model(builder);
        List<Violation> checked = schema.check(model, builder);
        if (checked != null && (depth == 0 || found.hasErrorFrom(from) || Violations.hasErrors(checked))) {
            for (Violation violation : checked) {
                // A rejected property's own violation says what is wrong with it; the build's
                // "required" or "not null" for it, which only says it is missing, is left out.
                if ((rejected == 0 && rejectedWords == null) || !missingBecauseRejected(schema, violation, rejected,
                        rejectedWords)) {
                    found.add(violation);
                }
            }
        }
        return found.hasErrorFrom(from) ? null : model;
    }

    /** Reads an undeclared field: kept, reported, both, or skipped, as the schema says. */
    private static <B> Set<String> readUnknown(JsonTokens tokens, JsonSchema<?, B> schema, B builder, String name,
            int value, Set<String> unknownNames, Found found) {
        if (!schema.keepsUnknownFields()) {
            if (schema.unknownFields() != Severity.OFF) {
                found.add(JsonViolations.unknown(name, schema.unknownFields(), schema.name(), false));
            }
            tokens.skipChildren();
            // Nothing is kept, so no names are either.
            return null;
        }
        if (unknownNames != null && unknownNames.contains(name)) {
            found.add(JsonViolations.duplicate(Property.of(name, name), name));
            tokens.skipChildren();
            return unknownNames;
        }
        Set<String> names = unknownNames == null ? new HashSet<>() : unknownNames;
        if (names.size() >= MAX_UNKNOWN_FIELDS) {
            throw new JsonInputException(tokens.pointer(), "more than " + MAX_UNKNOWN_FIELDS
                    + " undeclared fields in one object", null);
        }
        names.add(name);
        schema.putUnknown(builder, name, JsonValues.read(tokens, value, name, found));
        if (schema.unknownFields() != Severity.OFF) {
            found.add(JsonViolations.unknown(name, schema.unknownFields(), schema.name(), true));
        }
        return names;
    }

    private static int words(int bits) {
        return (bits + Long.SIZE - 1) / Long.SIZE;
    }

    private static void set(long[] words, int index) {
        words[index / Long.SIZE] |= 1L << index;
    }

    private static boolean isSet(long[] words, int index) {
        return (words[index / Long.SIZE] & (1L << index)) != 0;
    }

    private static boolean missingBecauseRejected(JsonSchema<?, ?> schema, Violation violation, long rejected,
            long[] rejectedWords) {
        if (violation.rule() != Rule.REQUIRED && violation.rule() != Rule.NOT_NULL) {
            return false;
        }
        for (int index = 0; index < schema.size(); index++) {
            boolean wasRejected = rejectedWords == null ? (rejected & (1L << index)) != 0
                    : (rejectedWords[index / Long.SIZE] & (1L << index)) != 0;
            if (wasRejected && schema.property(index).wirePath().equals(violation.wirePath())) {
                return true;
            }
        }
        return false;
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

    /** Reads one declared property's value onto the builder; {@code false} when it was rejected, with why in {@code found}. */
    private static <B> boolean readProperty(JsonTokens tokens, JsonSchema<?, B> schema, B builder, int index,
            int token, int depth, Found found) {
        Property property = schema.property(index);
        if (token == JsonTokens.NULL) {
            if (schema.primitive(index)) {
                found.add(Violations.notNull(property));
                return false;
            }
            schema.setNull(builder, index);
            return true;
        }
        JsonKind kind = schema.kind(index);
        switch (kind) {
            case LONG, INT, DOUBLE, DOUBLE_COUNT -> {
                return readNumber(tokens, schema, builder, index, kind, token, found);
            }
            case STRING -> {
                if (token != JsonTokens.STRING) {
                    return wrongType(tokens, property, token, "a string", found);
                }
                schema.setValue(builder, index, tokens.string());
                return true;
            }
            case BOOLEAN -> {
                if (token != JsonTokens.TRUE && token != JsonTokens.FALSE) {
                    return wrongType(tokens, property, token, "a boolean", found);
                }
                schema.setValue(builder, index, token == JsonTokens.TRUE ? Boolean.TRUE : Boolean.FALSE);
                return true;
            }
            case ENUM -> {
                return readEnum(tokens, schema, builder, index, token, found);
            }
            case NESTED -> {
                return readNested(tokens, schema, builder, index, token, depth, found);
            }
            case NESTED_LIST -> {
                return readNestedList(tokens, schema, builder, index, token, depth, found);
            }
            case EXACT -> {
                Object value = PlainValues.exact(tokens, token, schema.elementType(index), property, found);
                if (value == null) {
                    return false;
                }
                schema.setValue(builder, index, value);
                return true;
            }
            case LIST, SET, MAP -> {
                int expected = kind == JsonKind.MAP ? JsonTokens.START_OBJECT : JsonTokens.START_ARRAY;
                if (token != expected) {
                    return wrongType(tokens, property, token, kind == JsonKind.MAP ? "an object" : "an array", found);
                }
                Object values = PlainValues.read(tokens, token, kind, schema.elementType(index), property, found);
                if (values == null) {
                    return false;
                }
                schema.setValue(builder, index, values);
                return true;
            }
            default -> {
                found.add(JsonViolations.unsupported(property, "holds a type that is not read from JSON:"
                        + " JSON gives strings, booleans, numbers, enum names, nested schemas, and lists, sets"
                        + " and maps by name of strings, booleans and numbers"));
                tokens.skipChildren();
                return false;
            }
        }
    }

    private static boolean wrongType(JsonTokens tokens, Property property, int token, String expected, Found found) {
        found.add(JsonViolations.wrongType(property, JsonViolations.describe(token), expected));
        tokens.skipChildren();
        return false;
    }

    private static <B> boolean readEnum(JsonTokens tokens, JsonSchema<?, B> schema, B builder, int index, int token,
            Found found) {
        Property property = schema.property(index);
        if (token == JsonTokens.INTEGER || token == JsonTokens.FLOAT) {
            // An enum with @WireNumbers takes the integer literal of a constant's number as well; the
            // numbers are asked for only when none matched, so that a read allocates nothing for them.
            Object constant = token == JsonTokens.INTEGER && tokens.fitsLong()
                    ? schema.enumConstant(index, tokens.longValue()) : null;
            if (constant != null) {
                schema.setValue(builder, index, constant);
                return true;
            }
            List<Integer> numbers = schema.enumNumbers(index);
            if (numbers.isEmpty()) {
                return wrongType(tokens, property, token, "a string", found);
            }
            String literal = tokens.literal();
            found.add(JsonViolations.notAConstant(property, literal, NumberLiteral.exact(literal),
                    schema.enumNames(index), numbers));
            return false;
        }
        if (token != JsonTokens.STRING) {
            return wrongType(tokens, property, token,
                    schema.enumNumbers(index).isEmpty() ? "a string" : "a string or an integer", found);
        }
        String text = tokens.string();
        Object constant = schema.enumConstant(index, text);
        if (constant == null) {
            found.add(JsonViolations.notAConstant(property, Texts.show(text), text, schema.enumNames(index),
                    schema.enumNumbers(index)));
            return false;
        }
        schema.setValue(builder, index, constant);
        return true;
    }

    private static <B> boolean readNested(JsonTokens tokens, JsonSchema<?, B> schema, B builder, int index,
            int token, int depth, Found found) {
        Property property = schema.property(index);
        if (token != JsonTokens.START_OBJECT) {
            return wrongType(tokens, property, token, "an object", found);
        }
        int from = found.size();
        Object nested = readObject(tokens, schema.nested(index), depth + 1, found);
        found.moveUnder(from, property.wirePath(), property.propertyPath());
        if (nested == null) {
            return false;
        }
        schema.setValue(builder, index, nested);
        return true;
    }

    private static <B> boolean readNestedList(JsonTokens tokens, JsonSchema<?, B> schema, B builder, int index,
            int token, int depth, Found found) {
        Property property = schema.property(index);
        if (token != JsonTokens.START_ARRAY) {
            return wrongType(tokens, property, token, "an array", found);
        }
        JsonSchema<?, ?> elementSchema = schema.nested(index);
        List<Object> elements = new ArrayList<>();
        boolean rejected = false;
        for (int element = tokens.next(); element != JsonTokens.END_ARRAY; element = tokens.next()) {
            notEnd(tokens, element);
            int from = found.size();
            if (element == JsonTokens.START_OBJECT) {
                Object read = readObject(tokens, elementSchema, depth + 1, found);
                if (found.size() > from) {
                    // The element's paths are written only for its violations: a valid list costs none.
                    Property at = Property.element(property, elements.size());
                    found.moveUnder(from, at.wirePath(), at.propertyPath());
                }
                rejected |= read == null;
                elements.add(read);
            } else {
                Property at = Property.element(property, elements.size());
                found.add(element == JsonTokens.NULL ? Violations.notNull(at)
                        : JsonViolations.wrongType(at, JsonViolations.describe(element), "an object"));
                tokens.skipChildren();
                rejected = true;
                elements.add(null);
            }
        }
        if (rejected) {
            return false;
        }
        schema.setValue(builder, index, elements);
        return true;
    }

    /**
     * A number for a numeric property: set when the property's type holds it exactly, else a
     * violation. Values the type holds but the schema's rules refuse (a negative count, a fraction
     * in a {@code double} count) are set, for those rules to report.
     */
    private static <B> boolean readNumber(JsonTokens tokens, JsonSchema<?, B> schema, B builder, int index,
            JsonKind kind, int token, Found found) {
        Property property = schema.property(index);
        if (token == JsonTokens.STRING && (kind == JsonKind.DOUBLE || kind == JsonKind.DOUBLE_COUNT)) {
            return readQuotedNonFinite(tokens, schema, builder, index, found);
        }
        if (token != JsonTokens.INTEGER && token != JsonTokens.FLOAT) {
            return wrongType(tokens, property, token, "a number", found);
        }
        if (token == JsonTokens.INTEGER && tokens.fitsLong()) {
            long value = tokens.longValue();
            switch (kind) {
                case LONG -> schema.setLong(builder, index, value);
                case INT -> {
                    if (value != (int) value) {
                        return reject(found, JsonViolations.outOfRange(property, tokens.literal(), INT));
                    }
                    schema.setLong(builder, index, value);
                }
                case DOUBLE -> schema.setDouble(builder, index, value);
                default -> {
                    return setDoubleCount(schema, builder, index, value, tokens.literal(), found);
                }
            }
            return true;
        }
        String literal = tokens.literal();
        if (token == JsonTokens.FLOAT) {
            LostLiterals.judge(tokens, property, literal,
                    kind == JsonKind.DOUBLE ? LostLiterals.Need.A_DOUBLE : LostLiterals.Need.A_WHOLE_NUMBER);
        }
        if (kind == JsonKind.DOUBLE) {
            double value = NumberLiteral.toDouble(literal);
            if (Double.isInfinite(value) && NumberLiteral.denotesFinite(literal)) {
                return reject(found, JsonViolations.outOfRange(property, literal, DOUBLE));
            }
            schema.setDouble(builder, index, value);
            return true;
        }
        NumberLiteral number = NumberLiteral.of(literal);
        switch (number.shape) {
            case WHOLE -> {
                if (kind == JsonKind.DOUBLE_COUNT) {
                    return setDoubleCount(schema, builder, index, number.value, literal, found);
                }
                if (kind == JsonKind.INT && number.value != (int) number.value) {
                    return reject(found, JsonViolations.outOfRange(property, literal, INT));
                }
                schema.setLong(builder, index, number.value);
                return true;
            }
            case FRACTION -> {
                return reject(found, JsonViolations.literal(property, Rule.WHOLE_NUMBER, literal, "a whole number",
                        "is not a whole number"));
            }
            case TOO_LARGE -> {
                return reject(found, kind == JsonKind.DOUBLE_COUNT ? inexactCount(property, literal)
                        : JsonViolations.outOfRange(property, literal, kind == JsonKind.INT ? INT : LONG));
            }
            default -> {
                if (kind != JsonKind.DOUBLE_COUNT) {
                    return reject(found, JsonViolations.literal(property, Rule.FINITE, literal, "a finite whole number",
                            "is not a finite number"));
                }
                // Not finite: the count's own FINITE rule judges it.
                schema.setDouble(builder, index, NumberLiteral.toDouble(literal));
                return true;
            }
        }
    }

    /**
     * {@code "NaN"}, {@code "Infinity"} or {@code "-Infinity"} for a floating property: how Jackson
     * writes them by default, as JSON has no number for them; the schema's rules judge the value.
     */
    private static <B> boolean readQuotedNonFinite(JsonTokens tokens, JsonSchema<?, B> schema, B builder, int index,
            Found found) {
        double value;
        switch (tokens.string()) {
            case "NaN" -> value = Double.NaN;
            case "Infinity" -> value = Double.POSITIVE_INFINITY;
            case "-Infinity" -> value = Double.NEGATIVE_INFINITY;
            default -> {
                return reject(found, JsonViolations.wrongType(schema.property(index),
                        JsonViolations.describe(JsonTokens.STRING), "a number"));
            }
        }
        schema.setDouble(builder, index, value);
        return true;
    }

    private static boolean reject(Found found, Violation because) {
        found.add(because);
        return false;
    }

    /** Sets a whole count on a {@code double} property when the {@code double} holds it exactly (up to 2^53 either way). */
    private static <B> boolean setDoubleCount(JsonSchema<?, B> schema, B builder, int index, long value,
            String literal, Found found) {
        if (value < -DOUBLE_EXACT || value > DOUBLE_EXACT) {
            return reject(found, inexactCount(schema.property(index), literal));
        }
        schema.setDouble(builder, index, value);
        return true;
    }

    /**
     * A whole count that a {@code double} holds only rounded, if at all: past the range of a
     * {@code double} it is out of range, as in any other property; within it, the count's own rules
     * say why it cannot be held exactly.
     */
    private static Violation inexactCount(Property property, String literal) {
        if (Double.isInfinite(NumberLiteral.toDouble(literal))) {
            return JsonViolations.outOfRange(property, literal, DOUBLE);
        }
        return literal.startsWith("-")
                ? JsonViolations.literal(property, Rule.NON_NEGATIVE, literal, ">= 0", "is negative; counts are >= 0")
                : JsonViolations.literal(property, Rule.EXACT_RANGE, literal, "<= " + DOUBLE_EXACT,
                        "is above 2^53 = " + DOUBLE_EXACT + ", where a floating-point count stops being exact");
    }
}
