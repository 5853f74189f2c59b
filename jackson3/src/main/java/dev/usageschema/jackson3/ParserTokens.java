package dev.usageschema.jackson3;

import dev.usageschema.json.JsonInputException;
import dev.usageschema.json.JsonTokens;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** A Jackson 3 {@link JsonParser} as the runtime's reader reads it; every failure a {@link JsonInputException}. */
final class ParserTokens implements JsonTokens {

    private final JsonParser parser;

    ParserTokens(JsonParser parser) {
        this.parser = parser;
    }

    @Override
    public int next() {
        try {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return END;
            }
            return switch (token) {
                case START_OBJECT -> START_OBJECT;
                case END_OBJECT -> END_OBJECT;
                case START_ARRAY -> START_ARRAY;
                case END_ARRAY -> END_ARRAY;
                case PROPERTY_NAME -> NAME;
                case VALUE_STRING -> STRING;
                case VALUE_NUMBER_INT -> INTEGER;
                case VALUE_NUMBER_FLOAT -> FLOAT;
                case VALUE_TRUE -> TRUE;
                case VALUE_FALSE -> FALSE;
                case VALUE_NULL -> NULL;
                default -> throw new JsonInputException(pointer(), "unexpected token " + token, null);
            };
        } catch (JacksonException failure) {
            throw unreadable(failure);
        }
    }

    @Override
    public String name() {
        return parser.currentName();
    }

    @Override
    public String string() {
        try {
            return parser.getString();
        } catch (JacksonException failure) {
            throw unreadable(failure);
        }
    }

    @Override
    public boolean fitsLong() {
        try {
            JsonParser.NumberType type = parser.getNumberType();
            return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG;
        } catch (JacksonException failure) {
            throw unreadable(failure);
        }
    }

    @Override
    public long longValue() {
        try {
            return parser.getLongValue();
        } catch (JacksonException failure) {
            throw unreadable(failure);
        }
    }

    @Override
    public String literal() {
        return string();
    }

    @Override
    public void skipChildren() {
        try {
            parser.skipChildren();
        } catch (JacksonException failure) {
            throw unreadable(failure);
        }
    }

    @Override
    public String pointer() {
        return parser.streamReadContext().pathAsPointer().toString();
    }

    private JsonInputException unreadable(JacksonException failure) {
        String at = failure.getLocation() == null ? ""
                : " (line " + failure.getLocation().getLineNr() + ", column " + failure.getLocation().getColumnNr() + ")";
        return new JsonInputException(pointer(), failure.getOriginalMessage() + at, failure);
    }
}
