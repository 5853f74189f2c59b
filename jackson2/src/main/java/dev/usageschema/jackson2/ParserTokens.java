package dev.usageschema.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import dev.usageschema.json.JsonInputException;
import dev.usageschema.json.JsonTokens;
import dev.usageschema.json.LoneSurrogate;
import dev.usageschema.json.Utf8Input;
import java.io.IOException;

/**
 * A Jackson 2 {@link JsonParser} as the runtime's reader reads it; every failure a {@link JsonInputException}.
 * Pointers are within the value read: a usage object inside a caller's document has its violations
 * at paths within that object, whichever rule they break.
 */
final class ParserTokens implements JsonTokens {

    private static final String LITERAL_LOST = "is a double in a JsonNode tree or in Java values, its literal gone:"
            + " read the JSON text itself (readValue, UsageJson), or read the tree with"
            + " DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, which keeps each literal's exact value";

    private final JsonParser parser;
    /** Where the value read stands in the parser's document, left out of every pointer. */
    private String base;
    /** Whether the value read is the one after the parser's token: its place is known after the next token. */
    private boolean baseAfterNext;

    /** Reads the value the parser stands at, or the whole document when it stands before it. */
    ParserTokens(JsonParser parser) {
        this.parser = parser;
        this.base = parser.getParsingContext().pathAsPointer().toString();
    }

    /** {@return the tokens of the value after the parser's current token (a field name's value, an array's element)} */
    static ParserTokens beforeValue(JsonParser parser) {
        ParserTokens tokens = new ParserTokens(parser);
        tokens.baseAfterNext = true;
        return tokens;
    }

    @Override
    public int next() {
        JsonToken current = parser.currentToken();
        if (current == JsonToken.VALUE_STRING) {
            try {
                // A string left unread is decoded here, so that a failure in it is at its own path.
                parser.finishToken();
            } catch (IOException failure) {
                throw unreadable(failure, pointer());
            }
        }
        JsonStreamContext context = parser.getParsingContext();
        String name = context.getCurrentName();
        try {
            JsonToken token = parser.nextToken();
            if (baseAfterNext) {
                baseAfterNext = false;
                base = parser.getParsingContext().pathAsPointer().toString();
            }
            if (token == null) {
                return END;
            }
            return switch (token) {
                case START_OBJECT -> START_OBJECT;
                case END_OBJECT -> END_OBJECT;
                case START_ARRAY -> START_ARRAY;
                case END_ARRAY -> END_ARRAY;
                case FIELD_NAME -> NAME;
                case VALUE_STRING -> STRING;
                case VALUE_NUMBER_INT -> INTEGER;
                case VALUE_NUMBER_FLOAT -> FLOAT;
                case VALUE_TRUE -> TRUE;
                case VALUE_FALSE -> FALSE;
                case VALUE_NULL -> NULL;
                default -> throw new JsonInputException(pointer(), "unexpected token " + token, null);
            };
        } catch (IOException failure) {
            // After a value in an object comes a field name: a failure there, before the parser took
            // a new name, is at the object, not at the field before it.
            boolean atName = current != JsonToken.FIELD_NAME && context.inObject() && parser.getParsingContext() == context
                    && context.getCurrentName() == name;
            throw unreadable(failure, atName ? within(context.getParent()) : pointer());
        }
    }

    @Override
    public String name() {
        String name;
        try {
            name = parser.currentName();
        } catch (IOException failure) {
            throw unreadable(failure, pointer());
        }
        int lone = name == null ? -1 : LoneSurrogate.in(name);
        if (lone >= 0) {
            throw new JsonInputException(within(parser.getParsingContext().getParent()), "a field name holding "
                    + LoneSurrogate.describe(name, lone) + ", which is not text", null);
        }
        return name;
    }

    @Override
    public String string() {
        String text = text();
        int lone = LoneSurrogate.in(text);
        if (lone >= 0) {
            throw new JsonInputException(pointer(), "a string holding " + LoneSurrogate.describe(text, lone)
                    + ", which is not text", null);
        }
        return text;
    }

    private String text() {
        try {
            return parser.getText();
        } catch (IOException failure) {
            throw unreadable(failure, pointer());
        }
    }

    @Override
    public boolean fitsLong() {
        try {
            JsonParser.NumberType type = parser.getNumberType();
            return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG;
        } catch (IOException failure) {
            throw unreadable(failure, pointer());
        }
    }

    @Override
    public long longValue() {
        try {
            return parser.getLongValue();
        } catch (IOException failure) {
            throw unreadable(failure, pointer());
        }
    }

    @Override
    public String literal() {
        return text();
    }

    /**
     * A parser of text has every literal ({@code NaN} and the infinities it holds as a {@code Double}
     * too); any other holds a number as a {@code Double} (or a {@code Float}) rather than its text
     * when it reads a tree or Java values: {@code treeToValue}, {@code convertValue}, a
     * {@code TokenBuffer} of them.
     */
    @Override
    public String literalLost() {
        JsonParser reading = parser;
        while (reading instanceof JsonParserDelegate delegate) {
            reading = delegate.delegate();
        }
        if (reading instanceof ParserBase) {
            return null;
        }
        try {
            Object number = parser.getNumberValueDeferred();
            return number instanceof Double || number instanceof Float ? LITERAL_LOST : null;
        } catch (IOException failure) {
            throw unreadable(failure, pointer());
        }
    }

    @Override
    public void skipChildren() {
        try {
            parser.skipChildren();
        } catch (IOException failure) {
            throw unreadable(failure, pointer());
        }
    }

    @Override
    public String pointer() {
        return within(parser.getParsingContext());
    }

    private String within(JsonStreamContext context) {
        String pointer = context.pathAsPointer().toString();
        return pointer.startsWith(base) ? pointer.substring(base.length()) : pointer;
    }

    private JsonInputException unreadable(IOException failure, String pointer) {
        if (!(failure instanceof JsonProcessingException processing)) {
            return new JsonInputException(pointer, failure.toString(), failure);
        }
        String invalid = invalidUtf8(processing);
        return new JsonInputException(pointer, invalid != null ? invalid : processing.getOriginalMessage() + at(processing),
                failure);
    }

    /**
     * What the bytes were, when the parser stopped at the first sequence that is not UTF-8, which
     * {@link Utf8Input} handed it as bytes no JSON holds; {@code null} for any other failure.
     */
    private String invalidUtf8(JsonProcessingException failure) {
        if (!(parser.getInputSource() instanceof Utf8Input checked) || checked.firstInvalid() == null) {
            return null;
        }
        long stoppedAt = failure.getLocation() == null ? -1 : failure.getLocation().getByteOffset();
        return stoppedAt < 0 || stoppedAt > checked.firstInvalidOffset() ? checked.firstInvalid() : null;
    }

    private static String at(JsonProcessingException failure) {
        return failure.getLocation() == null ? ""
                : " (line " + failure.getLocation().getLineNr() + ", column " + failure.getLocation().getColumnNr() + ")";
    }
}
