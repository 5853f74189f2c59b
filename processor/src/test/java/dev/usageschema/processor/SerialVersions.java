package dev.usageschema.processor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.UncheckedIOException;

/**
 * Java serialization between two versions of one schema: a value written by classes of one class
 * loader, read back by classes of the same names from another, as a job restoring a checkpoint
 * written by an older build would read it.
 */
final class SerialVersions {

    private SerialVersions() {
    }

    static byte[] write(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Reads {@code bytes}, each class named in them loaded by {@code loader}. */
    static Object read(byte[] bytes, ClassLoader loader) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            protected Class<?> resolveClass(ObjectStreamClass description) throws ClassNotFoundException {
                return Class.forName(description.getName(), false, loader);
            }
        }) {
            return in.readObject();
        }
    }

    /** Writes {@code value} and reads it back with the classes of {@code loader}. */
    static Object carry(Object value, ClassLoader loader) throws IOException, ClassNotFoundException {
        return read(write(value), loader);
    }
}
