package dev.usageschema.jackson3;

import dev.usageschema.Validated;
import dev.usageschema.json.JsonInputException;
import dev.usageschema.json.JsonReader;
import dev.usageschema.json.JsonSchema;
import dev.usageschema.json.JsonTokens;
import dev.usageschema.json.ReadWarnings;
import dev.usageschema.json.TokenSource;
import dev.usageschema.json.UsageSite;
import dev.usageschema.json.UsageSurface;
import dev.usageschema.json.Utf8Tokens;
import dev.usageschema.sum.Total;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/**
 * Reads generated models from JSON and writes them, through Jackson 3's streaming API and no
 * reflection. Every read runs every check of the schema; {@code tryRead} never throws for bad
 * content and returns every violation, each at its JSON Pointer; {@code read} throws one
 * {@link dev.usageschema.UsageViolationException} listing them.
 *
 * <pre>{@code
 * Validated<ImmutableChatUsage> usage = UsageJson.standard().tryRead(bytes, ImmutableChatUsage.jsonSchema());
 * String json = UsageJson.standard().write(usage.orElseThrow(), ImmutableChatUsage.jsonSchema());
 * }</pre>
 *
 * <p>The limits on what is read (number length, string length, nesting depth, document length)
 * are the factory's {@code StreamReadConstraints}; {@link #using(JsonFactory)} takes a factory
 * with the limits a caller chooses. The warnings of every read, which {@code tryRead} returns, are
 * also logged, boundedly ({@link ReadWarnings}): each schema's warning at a wire path once for the
 * life of the instance ({@link #standard()}: of the process), not once per read. Bytes are held
 * to UTF-8 ({@link #checkingUtf8}), and a string or a name that holds a lone surrogate is refused,
 * read or written. Instances are thread-safe, and immutable but for what they have logged.
 */
public final class UsageJson {

    private static final UsageJson STANDARD = new UsageJson(JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .inputDecorator(new Utf8Checking(null))
            .build(), true);

    private final JsonFactory factory;
    /** Whether bytes are first read by the runtime's own tokens: only where they read as this factory's parsers do. */
    private final boolean readsOwnTokens;
    /** What this instance has logged: each schema's warning at a wire path once, for its life. */
    private final ReadWarnings warnings = new ReadWarnings();

    private UsageJson(JsonFactory factory, boolean readsOwnTokens) {
        this.factory = factory;
        this.readsOwnTokens = readsOwnTokens;
    }

    /**
     * {@return reading and writing with Jackson's default limits} {@code NaN} and the infinities are
     * read as numbers, for the schema to judge (a count must be finite), rather than as malformed JSON.
     */
    public static UsageJson standard() {
        return STANDARD;
    }

    /**
     * {@return reading and writing through {@code factory}, with its limits and features}
     * @param factory a JSON factory, for instance {@code JsonFactory.builder().streamReadConstraints(...).build()}
     */
    public static UsageJson using(JsonFactory factory) {
        return new UsageJson(checkingUtf8(Objects.requireNonNull(factory, "factory")), false);
    }

    /**
     * {@return a copy of {@code factory} whose parsers hold bytes to UTF-8}, for a databind mapper:
     * {@code JsonMapper.builder(UsageJson.checkingUtf8(new JsonFactory()))}. Jackson's own parsers read
     * some byte sequences that are not UTF-8 as text (an overlong {@code C0 AF} as {@code /} in a
     * string, {@code F4 90 80 80} past U+10FFFF as two surrogates); through this factory the first
     * one stops the parser where it stands, and a usage object read there is a {@code MALFORMED}
     * violation at the path of the string or name that held it, saying what the bytes were. The
     * factories of {@code UsageJson} check always. Bytes that are UTF-8 go to the parser as they are,
     * after one pass over them.
     * @param factory a JSON factory; its own input decorator, if any, runs first
     */
    public static JsonFactory checkingUtf8(JsonFactory factory) {
        if (factory.getInputDecorator() instanceof Utf8Checking) {
            return factory;
        }
        return factory.rebuild().inputDecorator(new Utf8Checking(factory.getInputDecorator())).build();
    }

    /**
     * {@return the model {@code json} holds and its warnings, or every violation} Never throws for bad content.
     * @param json   one JSON object, in UTF-8
     * @param schema the model's JSON form, {@code ImmutableX.jsonSchema()}
     * @param <M>    the model
     */
    public <M> Validated<M> tryRead(byte[] json, JsonSchema<M, ?> schema) {
        return tryRead(json, 0, json.length, schema);
    }

    /**
     * {@return the model {@code json} holds and its warnings, or every violation} Never throws for bad content.
     * @param json   one JSON object
     * @param schema the model's JSON form, {@code ImmutableX.jsonSchema()}
     * @param <M>    the model
     */
    public <M> Validated<M> tryRead(String json, JsonSchema<M, ?> schema) {
        // The characters themselves, not their UTF-8: an encoder would write '?' for a lone surrogate,
        // which the parser then could not find.
        return reading(() -> factory.createParser(ObjectReadContext.empty(), withoutByteOrderMark(json)), schema, parser -> tryRead(parser, schema));
    }

    /**
     * {@return the model {@code json} holds and its warnings, or every violation} Never throws for bad
     * content; a failure to read the stream is a violation too. The stream is not closed.
     * @param json   one JSON object
     * @param schema the model's JSON form, {@code ImmutableX.jsonSchema()}
     * @param <M>    the model
     */
    public <M> Validated<M> tryRead(InputStream json, JsonSchema<M, ?> schema) {
        return reading(() -> leftOpen(json), schema, parser -> tryRead(parser, schema));
    }

    /**
     * {@return the usage at {@code site} in the whole response {@code json}, and its warnings, or every
     * violation, each at its path in the response} Everything outside the usage is read through, not
     * kept and not reported, but must be well-formed JSON. A site that holds no usage (absent, or
     * {@code null}) is one {@code NO_USAGE} error at its first pointer. Never throws for bad content.
     * @param json   one JSON document, in UTF-8
     * @param site   where the usage is: {@code UsageSite.at("/usage")}
     * @param schema the usage's JSON form, {@code ImmutableX.jsonSchema()}
     * @param <M>    the model
     */
    public <M> Validated<M> tryReadAt(byte[] json, UsageSite site, JsonSchema<M, ?> schema) {
        return tryReadAt(json, 0, json.length, site, schema);
    }

    /**
     * {@return the usage at {@code site} in the whole response that {@code length} bytes of {@code json}
     * from {@code offset} hold} As {@link #tryReadAt(byte[], UsageSite, JsonSchema)}, without copying them out
     * of a larger buffer (a line of a file); nothing outside the range is read.
     * @param json   the bytes, in UTF-8
     * @param offset where the document starts
     * @param length how many bytes it has
     * @param site   where the usage is
     * @param schema the usage's JSON form
     * @param <M>    the model
     * @throws IndexOutOfBoundsException when the range is not within {@code json}
     */
    public <M> Validated<M> tryReadAt(byte[] json, int offset, int length, UsageSite site, JsonSchema<M, ?> schema) {
        Objects.checkFromIndexSize(offset, length, json.length);
        return readingBytes(json, offset, length, schema, tokens -> JsonReader.tryReadAt(tokens, site, schema));
    }

    /**
     * {@return the model that {@code length} bytes of {@code json} from {@code offset} hold} As
     * {@link #tryRead(byte[], JsonSchema)}, without copying them out of a larger buffer.
     * @param json   the bytes, in UTF-8
     * @param offset where the object starts
     * @param length how many bytes it has
     * @param schema the model's JSON form
     * @param <M>    the model
     * @throws IndexOutOfBoundsException when the range is not within {@code json}
     */
    public <M> Validated<M> tryRead(byte[] json, int offset, int length, JsonSchema<M, ?> schema) {
        Objects.checkFromIndexSize(offset, length, json.length);
        return readingBytes(json, offset, length, schema, tokens -> JsonReader.tryRead(tokens, schema));
    }

    /**
     * {@return the usage of a whole response of {@code surface} that {@code length} bytes of {@code json}
     * from {@code offset} hold} As {@link #tryReadResponse(byte[], UsageSurface)}, without copying them.
     * @param json    the bytes, in UTF-8
     * @param offset  where the document starts
     * @param length  how many bytes it has
     * @param surface the API surface
     * @param <X>     the schema
     * @param <M>     the model
     * @throws IndexOutOfBoundsException when the range is not within {@code json}
     */
    public <X, M extends X> Validated<M> tryReadResponse(byte[] json, int offset, int length, UsageSurface<X, M> surface) {
        Objects.checkFromIndexSize(offset, length, json.length);
        return readingBytes(json, offset, length, surface.schema(), tokens -> JsonReader.tryReadResponse(tokens, surface));
    }

    /**
     * {@return the usage at {@code site} in the whole response {@code json}} As {@link #tryReadAt(byte[], UsageSite, JsonSchema)}.
     * @param json   one JSON document
     * @param site   where the usage is
     * @param schema the usage's JSON form
     * @param <M>    the model
     */
    public <M> Validated<M> tryReadAt(String json, UsageSite site, JsonSchema<M, ?> schema) {
        return reading(() -> factory.createParser(ObjectReadContext.empty(), withoutByteOrderMark(json)), schema,
                parser -> JsonReader.tryReadAt(new ParserTokens(parser), site, schema));
    }

    /**
     * {@return the usage at {@code site} in the whole response {@code json}} As {@link #tryReadAt(byte[], UsageSite, JsonSchema)};
     * a failure to read the stream is a violation too. The stream is not closed.
     * @param json   one JSON document
     * @param site   where the usage is
     * @param schema the usage's JSON form
     * @param <M>    the model
     */
    public <M> Validated<M> tryReadAt(InputStream json, UsageSite site, JsonSchema<M, ?> schema) {
        return reading(() -> leftOpen(json), schema,
                parser -> JsonReader.tryReadAt(new ParserTokens(parser), site, schema));
    }

    /**
     * {@return the usage of a whole response of {@code surface}, at its site} As
     * {@link #tryReadAt(byte[], UsageSite, JsonSchema)}.
     * @param json    one JSON document, in UTF-8
     * @param surface the API surface, {@code UsageSurface.of(...).at("/usage")}
     * @param <X>     the schema
     * @param <M>     the model
     */
    public <X, M extends X> Validated<M> tryReadResponse(byte[] json, UsageSurface<X, M> surface) {
        return tryReadResponse(json, 0, json.length, surface);
    }

    /**
     * {@return the usage of a whole response of {@code surface}, at its site} As
     * {@link #tryReadAt(byte[], UsageSite, JsonSchema)}.
     * @param json    one JSON document
     * @param surface the API surface
     * @param <X>     the schema
     * @param <M>     the model
     */
    public <X, M extends X> Validated<M> tryReadResponse(String json, UsageSurface<X, M> surface) {
        return reading(() -> factory.createParser(ObjectReadContext.empty(), withoutByteOrderMark(json)), surface.schema(),
                parser -> JsonReader.tryReadResponse(new ParserTokens(parser), surface));
    }

    /**
     * {@return the usage of a whole response of {@code surface}, at its site} As
     * {@link #tryReadAt(byte[], UsageSite, JsonSchema)}; the stream is not closed.
     * @param json    one JSON document
     * @param surface the API surface
     * @param <X>     the schema
     * @param <M>     the model
     */
    public <X, M extends X> Validated<M> tryReadResponse(InputStream json, UsageSurface<X, M> surface) {
        return reading(() -> leftOpen(json), surface.schema(),
                parser -> JsonReader.tryReadResponse(new ParserTokens(parser), surface));
    }

    /**
     * {@return the usage of one stream of {@code surface}, accumulated in its stream style} Reads the
     * stream's events (server-sent events or JSON lines, as the surface's framing says) one at a time,
     * each with its own parser, and gives the usage each carries, where the surface's stream sites say,
     * to the surface's accumulator ({@code adder().newStream(style)}), event by event: an event index
     * counts every event from 0, {@code data: [DONE]} excepted, comments and blank lines being no events.
     * A malformed event is {@code MALFORMED} at its index and the next is read; every violation is at
     * {@code /<event index>/<pointer in the event>/<path in the usage>} in {@code allOrNothing()} and the
     * total's warnings. An event longer than the factory's document length (else
     * {@link JsonReader#MAX_EVENT_BYTES}) is passed over, {@code MALFORMED}. Never throws for bad content;
     * a failure to read the stream is a violation too. The stream is not closed.
     * @param events  the stream, UTF-8
     * @param surface the API surface
     * @param <X>     the schema
     * @param <M>     the model
     * @throws IllegalStateException when neither the surface nor the schema says the stream style
     */
    public <X, M extends X> Total<X, M> tryReadStream(InputStream events, UsageSurface<X, M> surface) {
        Total<X, M> total = JsonReader.tryReadStream(events, surface, new EventParsers(), maxEventBytes());
        warnings.logStream(surface.schema().name(), total.warnings());
        return total;
    }

    /**
     * {@return the usage of one stream of {@code surface}, given as characters} As
     * {@link #tryReadStream(InputStream, UsageSurface)}, over their UTF-8; an event that holds a lone
     * surrogate is {@code MALFORMED}. The reader is not closed.
     * @param events  the stream
     * @param surface the API surface
     * @param <X>     the schema
     * @param <M>     the model
     */
    public <X, M extends X> Total<X, M> tryReadStream(Reader events, UsageSurface<X, M> surface) {
        Total<X, M> total = JsonReader.tryReadStream(events, surface, new EventParsers(), maxEventBytes());
        warnings.logStream(surface.schema().name(), total.warnings());
        return total;
    }

    private int maxEventBytes() {
        long limit = factory.streamReadConstraints().getMaxDocumentLength();
        return limit > 0 ? (int) Math.min(limit, Integer.MAX_VALUE - 64) : JsonReader.MAX_EVENT_BYTES;
    }

    private final class EventParsers implements TokenSource {
        private static final Object NO_ANSWER = new Object();

        @Override
        @SuppressWarnings("unchecked")
        public <T> T read(byte[] bytes, int from, int length, Function<JsonTokens, T> reading) {
            if (readsOwnTokens) {
                // An event without usage is answered null, which Utf8Tokens keeps for declined.
                Object own = Utf8Tokens.read(bytes, from, length, tokens -> {
                    T answer = reading.apply(tokens);
                    return answer == null ? NO_ANSWER : answer;
                });
                if (own != null) {
                    return own == NO_ANSWER ? null : (T) own;
                }
            }
            return parse(bytes, from, length, reading);
        }

        private <T> T parse(byte[] bytes, int from, int length, Function<JsonTokens, T> reading) {
            JsonParser parser;
            try {
                parser = factory.createParser(ObjectReadContext.empty(), bytes, from, length);
            } catch (JacksonException refused) {
                throw new JsonInputException("", refused.getOriginalMessage(), refused);
            }
            try (parser) {
                return reading.apply(new ParserTokens(parser));
            }
        }
    }

    /**
     * {@return the characters after a byte-order mark that starts them} RFC 8259 lets a reader ignore
     * one, as Jackson's parsers of bytes do and as a stream's reading does; a parser of characters would not.
     */
    private static String withoutByteOrderMark(String json) {
        return json.startsWith("\uFEFF") ? json.substring(1) : json;
    }

    /** Opens a parser. */
    private interface Opening {
        JsonParser open();
    }

    private JsonParser leftOpen(InputStream json) {
        return factory.createParser(ObjectReadContext.empty(), new FilterInputStream(json) {
            @Override
            public void close() {
                // The caller's stream: the caller closes it.
            }
        });
    }

    /**
     * Reads bytes with the runtime's own tokens where this instance's parsers read them the same way (the
     * standard factory, a plain document), for speed; with the parser otherwise, and whenever the
     * tokens decline, so that every verdict and message is the parser's.
     */
    private <M> Validated<M> readingBytes(byte[] json, int offset, int length, JsonSchema<M, ?> schema,
            Function<JsonTokens, Validated<M>> read) {
        Validated<M> own = readsOwnTokens ? Utf8Tokens.read(json, offset, length, read) : null;
        if (own == null) {
            return reading(() -> factory.createParser(ObjectReadContext.empty(), json, offset, length), schema,
                    parser -> read.apply(new ParserTokens(parser)));
        }
        warnings.log(schema.name(), own.violations());
        return own;
    }

    /** Reads through a parser {@code opening} opens, and closes it; a parser refused to open is {@code MALFORMED}. */
    private <M> Validated<M> reading(Opening opening, JsonSchema<M, ?> schema,
            Function<JsonParser, Validated<M>> read) {
        JsonParser parser;
        try {
            parser = opening.open();
        } catch (JacksonException refused) {
            return JsonReader.unreadable(schema, refused.getOriginalMessage());
        }
        Validated<M> done;
        try (parser) {
            done = read.apply(parser);
        }
        warnings.log(schema.name(), done.violations());
        return done;
    }

    /**
     * {@return the model the rest of {@code parser}'s input holds and its warnings, or every violation}
     * The parser must stand before one JSON object that ends the input. Never throws for bad content.
     * @param parser a parser before the object
     * @param schema the model's JSON form, {@code ImmutableX.jsonSchema()}
     * @param <M>    the model
     */
    public static <M> Validated<M> tryRead(JsonParser parser, JsonSchema<M, ?> schema) {
        return JsonReader.tryRead(new ParserTokens(parser), schema);
    }

    /**
     * {@return the model of the object {@code parser} stands at, or just before, and its warnings, or
     * every violation} For a caller that streams through a larger document itself: the parser stands at
     * the object's {@code START_OBJECT}, or one token before it (the field name {@code usage}, or
     * nothing yet), and is left at the object's {@code END_OBJECT}, from where the caller reads on.
     * Another value there (a {@code null}, a number) is skipped and is a {@code JSON_TYPE} error.
     * Violations are at their paths within the object ({@code /prompt_tokens}), whatever the rule;
     * after a {@code MALFORMED} one the parser stands where it failed. Never throws for bad content.
     * @param parser a parser at, or just before, the object
     * @param schema the model's JSON form, {@code ImmutableX.jsonSchema()}
     * @param <M>    the model
     */
    public static <M> Validated<M> tryReadValue(JsonParser parser, JsonSchema<M, ?> schema) {
        return parser.currentToken() == JsonToken.START_OBJECT ? JsonReader.tryReadValue(new ParserTokens(parser), schema)
                : JsonReader.tryReadNext(ParserTokens.beforeValue(parser), schema);
    }


    /**
     * {@return the model {@code json} holds, after every check}
     * @param json   one JSON object, in UTF-8
     * @param schema the model's JSON form, {@code ImmutableX.jsonSchema()}
     * @param <M>    the model
     * @throws dev.usageschema.UsageViolationException listing every violation, each at its JSON Pointer
     */
    public <M> M read(byte[] json, JsonSchema<M, ?> schema) {
        return tryRead(json, schema).orElseThrow();
    }

    /**
     * {@return the model {@code json} holds, after every check}
     * @param json   one JSON object
     * @param schema the model's JSON form, {@code ImmutableX.jsonSchema()}
     * @param <M>    the model
     * @throws dev.usageschema.UsageViolationException listing every violation, each at its JSON Pointer
     */
    public <M> M read(String json, JsonSchema<M, ?> schema) {
        return tryRead(json, schema).orElseThrow();
    }

    /**
     * {@return {@code value} as JSON text in its wire shape} Takes any implementation of the schema's
     * interface, as databind does: a value that is not the generated model is copied through the
     * model's {@code copyOf}, with every check, and one that breaks an error rule is refused.
     * @param value  the model, or any implementation of its interface ({@code ChatUsage u = ...})
     * @param schema the model's JSON form, {@code ImmutableX.jsonSchema()}
     * @param <X>    what the value is typed as
     * @param <M>    the model
     * @throws dev.usageschema.UsageViolationException listing every error of a value that is not the model
     * @throws ClassCastException when {@code value} does not implement the schema's interface
     */
    public <X, M extends X> String write(X value, JsonSchema<M, ?> schema) {
        M model = schema.toModel(Objects.requireNonNull(value, "value"));
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = factory.createGenerator(ObjectWriteContext.empty(), text)) {
            write(model, schema, generator);
        }
        return text.toString();
    }

    /**
     * Writes {@code value} to {@code generator}, in its wire shape; as {@link #write(Object, JsonSchema)},
     * any implementation of the schema's interface, checked.
     *
     * @param value     the model, or any implementation of its interface
     * @param schema    the model's JSON form, {@code ImmutableX.jsonSchema()}
     * @param generator where to write
     * @param <X>       what the value is typed as
     * @param <M>       the model
     * @throws dev.usageschema.UsageViolationException listing every error of a value that is not the model
     */
    public static <X, M extends X> void write(X value, JsonSchema<M, ?> schema, JsonGenerator generator) {
        schema.write(schema.toModel(Objects.requireNonNull(value, "value")), new GeneratorSink(generator));
    }
}
