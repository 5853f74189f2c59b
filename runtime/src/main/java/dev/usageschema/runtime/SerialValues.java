package dev.usageschema.runtime;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One property's value in a serial form: a tag byte, then the value. Numbers and booleans are
 * written as primitives, the collections and maps of a property declared as one element by element
 * (so that a stream names no collection class, and reading makes plain ones), and anything else
 * (strings, enum constants, nested models, other value types) as an object of the stream, which
 * Java serialization reads by its own rules.
 */
final class SerialValues {

    private static final byte NULL = 'N';
    private static final byte LONG = 'J';
    private static final byte INT = 'I';
    private static final byte DOUBLE = 'D';
    private static final byte BOOLEAN = 'Z';
    private static final byte LIST = 'l';
    private static final byte SET = 's';
    private static final byte MAP = 'm';
    private static final byte OBJECT = 'L';

    /** The most elements a collection is given room for before its elements are read. */
    private static final int INITIAL_CAPACITY = 64;

    private SerialValues() {
    }

    /**
     * Writes a value a model holds, of the declared {@code type}; its collections nest no deeper
     * than {@link Copies#MAX_DEPTH}.
     */
    static void write(ObjectOutputStream out, Object value, SerialType type) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof Long number) {
            out.writeByte(LONG);
            out.writeLong(number);
        } else if (value instanceof Integer number) {
            out.writeByte(INT);
            out.writeInt(number);
        } else if (value instanceof Double number) {
            out.writeByte(DOUBLE);
            out.writeDouble(number);
        } else if (value instanceof Boolean flag) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(flag);
        } else if (value instanceof Collection<?> elements && type.writesElements()) {
            // A model holds lists and sets only: a Collection property is copied into one of them.
            out.writeByte(value instanceof Set ? SET : LIST);
            out.writeInt(elements.size());
            for (Object element : elements) {
                write(out, element, type.element());
            }
        } else if (value instanceof Map<?, ?> entries && type.writesElements()) {
            out.writeByte(MAP);
            out.writeInt(entries.size());
            for (Map.Entry<?, ?> entry : entries.entrySet()) {
                write(out, entry.getKey(), type.key());
                write(out, entry.getValue(), type.element());
            }
        } else {
            out.writeByte(OBJECT);
            out.writeObject(value);
        }
    }

    /**
     * Reads a value as {@link #write} wrote it; collections come back as an {@code ArrayList}, a
     * {@code LinkedHashSet} or a {@code LinkedHashMap}, in the order written.
     *
     * @param property the property it belongs to, {@code Usage.tags}, for the messages
     * @throws InvalidObjectException for a tag that is not one of the above, a negative size, an
     *         element or key given twice, or collections nested deeper than a model holds them
     */
    static Object read(ObjectInputStream in, String property) throws IOException, ClassNotFoundException {
        return read(in, property, 0);
    }

    private static Object read(ObjectInputStream in, String property, int depth) throws IOException,
            ClassNotFoundException {
        byte tag = in.readByte();
        switch (tag) {
            case NULL:
                return null;
            case LONG:
                return in.readLong();
            case INT:
                return in.readInt();
            case DOUBLE:
                return in.readDouble();
            case BOOLEAN:
                return in.readBoolean();
            case LIST, SET: {
                int size = size(in, property, depth);
                Collection<Object> elements = tag == SET ? new LinkedHashSet<>() : new ArrayList<>(Math.min(size,
                        INITIAL_CAPACITY));
                for (int index = 0; index < size; index++) {
                    if (!elements.add(read(in, property, depth + 1))) {
                        throw new InvalidObjectException("the stream holds an element of " + property + " twice");
                    }
                }
                return elements;
            }
            case MAP: {
                int size = size(in, property, depth);
                Map<Object, Object> entries = new LinkedHashMap<>();
                for (int index = 0; index < size; index++) {
                    Object key = read(in, property, depth + 1);
                    if (entries.containsKey(key)) {
                        throw new InvalidObjectException("the stream holds a key of " + property + " twice");
                    }
                    entries.put(key, read(in, property, depth + 1));
                }
                return entries;
            }
            case OBJECT:
                try {
                    return in.readObject();
                } catch (InvalidObjectException nested) {
                    // A nested model refused by its own form: say where it sits.
                    InvalidObjectException refused = new InvalidObjectException(property + ": " + nested.getMessage());
                    refused.initCause(nested);
                    throw refused;
                }
            default:
                throw new InvalidObjectException("the stream holds " + property + " with the unknown tag 0x"
                        + Integer.toHexString(tag & 0xff));
        }
    }

    private static int size(ObjectInputStream in, String property, int depth) throws IOException {
        if (depth >= Copies.MAX_DEPTH) {
            throw new InvalidObjectException("the stream holds " + property + " nested deeper than "
                    + Copies.MAX_DEPTH + " levels");
        }
        int size = in.readInt();
        if (size < 0) {
            throw new InvalidObjectException("the stream holds " + property + " with " + size + " elements");
        }
        return size;
    }
}
