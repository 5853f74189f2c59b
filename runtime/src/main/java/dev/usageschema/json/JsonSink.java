package dev.usageschema.json;

/**
 * A JSON generator, as generated models write themselves to it. An adapter for a JSON library
 * implements it; failures of the library come out as unchecked exceptions of the adapter's choice.
 */
public interface JsonSink {

    void startObject();

    void endObject();

    void startArray();

    void endArray();

    /** Writes a field name; its value follows. */
    void name(String name);

    /**
     * Writes the wire name of a declared property: one of the few names a schema declares, never a
     * name read from input, so an adapter may encode each once and keep it.
     *
     * @param name the wire name
     */
    default void declaredName(String name) {
        name(name);
    }

    void number(long value);

    /** Writes a floating number; a whole one up to 2^53 as an integer ({@code 12}, not {@code 12.0}). */
    void number(double value);

    /** Writes a number held as an exact decimal ({@link java.math.BigDecimal}, {@link java.math.BigInteger}). */
    void number(Number exact);

    void string(String value);

    void bool(boolean value);

    void nullValue();
}
