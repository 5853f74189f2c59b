package dev.usageschema.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.usageschema.json.JsonInputException;
import dev.usageschema.json.JsonTokens;
import java.io.IOException;

/** A Jackson 2 {@link JsonParser} as the runtime's reader reads it; every failure a {@link JsonInputException}. */
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
            throw unreadable(failure);
        }
    }

    @Override
    public String name() {
        try {
            return parser.currentName();
        } catch (IOException failure) {
            throw unreadable(failure);
        }
    }

    @Override
    public String string() {
        try {
            return parser.getText();
        } catch (IOException failure) {
            throw unreadable(failure);
        }
    }

    @Override
    public boolean fitsLong() {
        try {
            JsonParser.NumberType type = parser.getNumberType();
            return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG;
        } catch (IOException failure) {
            throw unreadable(failure);
        }
    }

    @Override
    public long longValue() {
        try {
            return parser.getLongValue();
        } catch (IOException failure) {
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
        } catch (IOException failure) {
            throw unreadable(failure);
        }
    }

    @Override
    public String pointer() {
        return parser.getParsingContext().pathAsPointer().toString();
    }

    private JsonInputException unreadable(IOException failure) {
        String message = failure instanceof JsonProcessingException processing
                ? processing.getOriginalMessage() + at(processing)
                : failure.toString();
        return new JsonInputException(pointer(), message, failure);
    }

    private static String at(JsonProcessingException failure) {
        return failure.getLocation() == null ? ""
                : " (line " + failure.getLocation().getLineNr() + ", column " + failure.getLocation().getColumnNr() + ")";
    }
}
