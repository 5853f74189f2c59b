package dev.usageschema;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/** Java serialization in memory, and streams altered on the way, as an attacker or a bug would. */
final class SerialStreams {

    private SerialStreams() {
    }

    /** Writes {@code value} and reads it back. */
    @SuppressWarnings("unchecked")
    static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        return (T) read(write(value, UnaryOperator.identity()));
    }

    /**
     * Writes {@code value} with every object of the stream passed through {@code alter} (after the
     * classes' own {@code writeReplace}), then reads it back.
     */
    static Object alteredRoundTrip(Object value, UnaryOperator<Object> alter) throws IOException, ClassNotFoundException {
        return read(write(value, alter));
    }

    static byte[] write(Object value, UnaryOperator<Object> alter) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new AlteringOutputStream(bytes, alter)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    private static final class AlteringOutputStream extends ObjectOutputStream {

        private final UnaryOperator<Object> alter;

        AlteringOutputStream(ByteArrayOutputStream bytes, UnaryOperator<Object> alter) throws IOException {
            super(bytes);
            this.alter = alter;
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object object) {
            return alter.apply(object);
        }
    }

    /** An operator that swaps one object, found by {@code equals}, for another. */
    static UnaryOperator<Object> swap(Object from, Object to) {
        return object -> from.equals(object) ? to : object;
    }

    /**
     * The stream with one class name, as written in its class descriptor, replaced by another:
     * a forged stream of the other class with the fields of the first.
     */
    static byte[] renameClass(byte[] stream, String from, String to) {
        byte[] find = utf(from);
        byte[] replacement = utf(to);
        for (int i = 0; i + find.length <= stream.length; i++) {
            if (Arrays.equals(stream, i, i + find.length, find, 0, find.length)) {
                byte[] forged = new byte[stream.length - find.length + replacement.length];
                System.arraycopy(stream, 0, forged, 0, i);
                System.arraycopy(replacement, 0, forged, i, replacement.length);
                System.arraycopy(stream, i + find.length, forged, i + replacement.length, stream.length - i - find.length);
                return forged;
            }
        }
        throw new IllegalArgumentException(from + " is not in the stream");
    }

    /** A class name as a stream writes it: two bytes of length, then the (ASCII) name. */
    private static byte[] utf(String name) {
        byte[] ascii = name.getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[ascii.length + 2];
        bytes[0] = (byte) (ascii.length >>> 8);
        bytes[1] = (byte) ascii.length;
        System.arraycopy(ascii, 0, bytes, 2, ascii.length);
        return bytes;
    }
}
