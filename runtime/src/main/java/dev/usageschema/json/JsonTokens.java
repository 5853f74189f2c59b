package dev.usageschema.json;

/**
 * A JSON parser, as {@link JsonReader} reads it: one token at a time. An adapter for a JSON
 * library implements it; every failure of the library (malformed input, a limit, an I/O error) comes
 * out as a {@link JsonInputException}.
 */
public interface JsonTokens {

    /** No more tokens. */
    int END = 0;
    int START_OBJECT = 1;
    int END_OBJECT = 2;
    int START_ARRAY = 3;
    int END_ARRAY = 4;
    /** A field name; {@link #name()} says which. */
    int NAME = 5;
    int STRING = 6;
    /** A number written without fraction or exponent. */
    int INTEGER = 7;
    /** A number written with a fraction or an exponent, or {@code NaN} and the infinities where allowed. */
    int FLOAT = 8;
    int TRUE = 9;
    int FALSE = 10;
    int NULL = 11;

    /**
     * Moves to the next token.
     *
     * @return its code, one of the constants of this interface
     * @throws JsonInputException when the input is not JSON, is cut short, breaks a limit or cannot be read
     */
    int next();

    /** {@return the field name, at a {@link #NAME}} */
    String name();

    /**
     * {@return the index of the property of {@code schema} the field name names, or a negative number
     * when it names none} At a {@link #NAME}; a reader of bytes may find it without a string of the name.
     * @param schema the schema of the object the name is in
     * @throws JsonInputException when the name is {@code null}
     */
    default int nameIndex(JsonSchema<?, ?> schema) {
        String name = name();
        if (name == null) {
            throw new JsonInputException(pointer(), "a field name that is null", null);
        }
        return schema.index(name);
    }

    /**
     * {@return whether the field name is {@code name}} At a {@link #NAME}; a reader of bytes may tell
     * without a string of the name.
     * @param name a name
     */
    default boolean nameIs(String name) {
        return name.equals(name());
    }

    /** {@return the text, at a {@link #STRING}} */
    String string();

    /** {@return whether the number, at an {@link #INTEGER}, lies in the range of {@code long}} */
    boolean fitsLong();

    /** {@return the number, at an {@link #INTEGER} that {@linkplain #fitsLong() fits}} */
    long longValue();

    /** {@return the number as written in the input, at an {@link #INTEGER} or a {@link #FLOAT}} */
    String literal();

    /**
     * Says, at a {@link #FLOAT}, whether the parser has the number's literal. A parser over a tree
     * or over Java values (Jackson's {@code JsonNode}, a buffer of a {@code Map}) may hold the
     * number only as the {@code double} it was parsed into; {@link #literal()} then gives that
     * double's digits, and the reader judges only what the double still shows.
     *
     * @return {@code null} when {@link #literal()} is the number as written; else where it came
     *         from and what keeps its literal, as a message goes on after "it": {@code is a double
     *         in a JsonNode tree ...: read the JSON text ...}
     */
    default String literalLost() {
        return null;
    }

    /**
     * Skips the value that starts at the current token: for an object or an array, everything up to
     * its end.
     *
     * @throws JsonInputException as {@link #next()} does
     */
    void skipChildren();

    /** {@return where the parser stands, as a JSON Pointer, for errors that stop the reading} */
    String pointer();
}
