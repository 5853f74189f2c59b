package dev.usageschema.json;

import java.util.function.Function;

/**
 * A JSON library's parsers over bytes in hand, as {@link JsonReader#tryReadStream} reads each event
 * of a stream with one: an adapter for a JSON library implements it.
 */
public interface TokenSource {

    /**
     * Parses {@code bytes[from, from + length)} as one JSON document, hands its tokens to
     * {@code reading}, and closes the parser.
     *
     * @param bytes   the bytes, UTF-8
     * @param from    the document's first byte
     * @param length  how many bytes it has
     * @param reading what reads the tokens
     * @param <T>     what it reads
     * @return what {@code reading} gave
     * @throws JsonInputException when the parser refuses the bytes, as {@link JsonTokens#next()} does
     */
    <T> T read(byte[] bytes, int from, int length, Function<JsonTokens, T> reading);
}
