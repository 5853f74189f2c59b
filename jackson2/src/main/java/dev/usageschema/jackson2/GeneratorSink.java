package dev.usageschema.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.usageschema.json.JsonSink;
import dev.usageschema.json.LoneSurrogate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A Jackson 2 {@link JsonGenerator} as generated models write to it; a failure to write an {@link UncheckedIOException}. */
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
        try {
            generator.writeStartObject();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Override
    public void endObject() {
        try {
            generator.writeEndObject();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Override
    public void startArray() {
        try {
            generator.writeStartArray();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Override
    public void endArray() {
        try {
            generator.writeEndArray();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Override
    public void name(String name) {
        refuseLoneSurrogate(name, true);
        try {
            generator.writeFieldName(name);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Override
    public void declaredName(String name) {
        try {
            generator.writeFieldName(DECLARED.computeIfAbsent(name, declared -> {
                refuseLoneSurrogate(declared, true);
                return new SerializedString(declared);
            }));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Override
    public void number(long value) {
        try {
            generator.writeNumber(value);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Override
    public void number(double value) {
        try {
            // -0.0 is whole but no integer: as a double it is written "-0.0", and reads back as itself.
            if (value == Math.rint(value) && Math.abs(value) <= EXACT
                    && Double.doubleToRawLongBits(value) != NEGATIVE_ZERO) {
                generator.writeNumber((long) value);
            } else {
                generator.writeNumber(value);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Override
    public void number(Number exact) {
        try {
            if (exact instanceof BigInteger integer) {
                generator.writeNumber(integer);
            } else if (exact instanceof BigDecimal decimal) {
                generator.writeNumber(decimal);
            } else {
                generator.writeNumber(exact.toString());
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Override
    public void string(String value) {
        refuseLoneSurrogate(value, false);
        try {
            generator.writeString(value);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Override
    public void bool(boolean value) {
        try {
            generator.writeBoolean(value);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Override
    public void nullValue() {
        try {
            generator.writeNull();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
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
        JsonStreamContext context = generator.getOutputContext();
        String where = name ? "a field name in the object at '" + context.getParent().pathAsPointer() + "'"
                : context.inArray() ? "the string at '" + context.getParent().pathAsPointer() + "/" + context.getEntryCount() + "'"
                : "the string at '" + context.pathAsPointer() + "'";
        throw new IllegalArgumentException(where + " holds " + LoneSurrogate.describe(text, lone)
                + ", which no UTF-8 text can hold: it is not written");
    }
}
