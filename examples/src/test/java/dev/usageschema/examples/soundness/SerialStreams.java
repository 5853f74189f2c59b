package dev.usageschema.examples.soundness;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;

/** Java serialization in memory, and streams altered on the way, as an attacker or a bug would. */
final class SerialStreams {

    private SerialStreams() {
    }

    static byte[] write(Object value) {
        return write(value, UnaryOperator.identity());
    }

    /** The stream of {@code value}, each object written in it first passed through {@code alter}. */
    static byte[] write(Object value, UnaryOperator<Object> alter) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes) {
            {
                enableReplaceObject(true);
            }

            @Override
            protected Object replaceObject(Object object) {
                return alter.apply(object);
            }
        }) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    /** An operator that swaps one object, found by {@code equals}, for another. */
    static UnaryOperator<Object> swap(Object from, Object to) {
        return object -> from.equals(object) ? to : object;
    }
}
