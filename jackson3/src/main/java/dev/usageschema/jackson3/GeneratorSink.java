package dev.usageschema.jackson3;

import dev.usageschema.json.JsonSink;
import dev.usageschema.json.LoneSurrogate;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.io.SerializedString;

/** A Jackson 3 {@link JsonGenerator} as generated models write to it; failures are Jackson's unchecked exceptions. */
final class GeneratorSink implements JsonSink {

    /** Up to this a {@code double} holds every whole number exactly, and such a number is written as an integer. */
    private static final double EXACT = 0x1p53;

    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

    /**
     * Declared wire names, encoded once: the schemas' own names only, a set as small as the schemas,
     * never names read from input.
     */
    private static final Map<String, SerializedString> DECLARED = new ConcurrentHashMap<>();

    private final JsonGenerator generator;

    GeneratorSink(JsonGenerator generator) {
        this.generator = generator;
    }

    @Override
    public void startObject() {
        generator.writeStartObject();
    }

    @Override
    public void endObject() {
        generator.writeEndObject();
    }

    @Override
    public void startArray() {
        generator.writeStartArray();
    }

    @Override
    public void endArray() {
        generator.writeEndArray();
    }

    @Override
    public void name(String name) {
        refuseLoneSurrogate(name, true);
        generator.writeName(name);
    }

    @Override
    public void declaredName(String name) {
        generator.writeName(DECLARED.computeIfAbsent(name, declared -> {
            refuseLoneSurrogate(declared, true);
            return new SerializedString(declared);
        }));
    }

    @Override
    public void number(long value) {
        generator.writeNumber(value);
    }

    @Override
    public void number(double value) {
        // -0.0 is whole but no integer: as a double it is written "-0.0", and reads back as itself.
        if (value == Math.rint(value) && Math.abs(value) <= EXACT
                && Double.doubleToRawLongBits(value) != NEGATIVE_ZERO) {
            generator.writeNumber((long) value);
        } else {
            generator.writeNumber(value);
        }
    }

    @Override
    public void number(Number exact) {
        if (exact instanceof BigInteger integer) {
            generator.writeNumber(integer);
        } else if (exact instanceof BigDecimal decimal) {
            generator.writeNumber(decimal);
        } else {
            generator.writeNumber(exact.toString());
        }
    }

    @Override
    public void string(String value) {
        refuseLoneSurrogate(value, false);
        generator.writeString(value);
    }

    @Override
    public void bool(boolean value) {
        generator.writeBoolean(value);
    }

    @Override
    public void nullValue() {
        generator.writeNull();
    }

    /**
     * Refuses a string or a name that holds a lone surrogate, which no UTF-8 text can: a generator
     * of characters would hand it on for the encoder to write {@code ?}, and one of bytes would
     * escape it into JSON that no reader takes back as text.
     */
    private void refuseLoneSurrogate(String text, boolean name) {
        int lone = LoneSurrogate.in(text);
        if (lone < 0) {
            return;
        }
        TokenStreamContext context = generator.streamWriteContext();
        String where = name ? "a field name in the object at '" + context.getParent().pathAsPointer() + "'"
                : context.inArray() ? "the string at '" + context.getParent().pathAsPointer() + "/" + context.getEntryCount() + "'"
                : "the string at '" + context.pathAsPointer() + "'";
        throw new IllegalArgumentException(where + " holds " + LoneSurrogate.describe(text, lone)
                + ", which no UTF-8 text can hold: it is not written");
    }
}
