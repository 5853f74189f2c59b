package dev.usageschema.cli;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The value at a JSON Pointer in a whole response, as a group key of {@code --by}: a string as it is,
 * a number or a boolean as written, anything else (absent, {@code null}, an object, an array) one of
 * two keys that say so. Reads only up to the value. Immutable and thread-safe.
 */
final class ValueAtPointer {

    /** The key of a record that holds no value at the pointer, or {@code null}. */
    static final String NONE = "(none)";
    /** The key of a record that holds an object or an array there. */
    static final String NOT_SCALAR = "(not a string, number or boolean)";

    private static final JsonFactory FACTORY = new JsonFactory();

    private final String[] segments;

    /**
     * @param pointer a JSON Pointer to a value inside the response, {@code /model}
     * @throws IllegalArgumentException when it is none, or is the whole response
     */
    ValueAtPointer(String pointer) {
        this.segments = Pointers.names(pointer).toArray(new String[0]);
    }

    /** {@return the key of the response {@code json}: its value at the pointer, or {@link #NONE} or {@link #NOT_SCALAR}} */
    String read(byte[] json) {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
            JsonToken token = parser.nextToken();
            for (String segment : segments) {
                if (!descend(parser, token, segment)) {
                    return NONE;
                }
                token = parser.nextToken();
            }
            return switch (token) {
                case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> parser.getString();
                case START_OBJECT, START_ARRAY -> NOT_SCALAR;
                default -> NONE;
            };
        } catch (JacksonException unreadable) {
            return NONE;
        }
    }

    /** Moves the parser to just before the member {@code segment} of the container at {@code token}; false when it has none. */
    private static boolean descend(JsonParser parser, JsonToken token, String segment) {
        if (token == JsonToken.START_OBJECT) {
            for (JsonToken next = parser.nextToken(); next == JsonToken.PROPERTY_NAME; next = parser.nextToken()) {
                if (parser.currentName().equals(segment)) {
                    return true;
                }
                parser.nextToken();
                parser.skipChildren();
            }
            return false;
        }
        if (token == JsonToken.START_ARRAY && isIndex(segment)) {
            int index = Integer.parseInt(segment);
            for (int at = 0; at < index; at++) {
                JsonToken next = parser.nextToken();
                if (next == JsonToken.END_ARRAY) {
                    return false;
                }
                parser.skipChildren();
            }
            return true;
        }
        return false;
    }

    private static boolean isIndex(String segment) {
        return segment.matches("0|[1-9][0-9]{0,8}");
    }
}
