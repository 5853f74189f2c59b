package dev.usageschema.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The tests' JSON examples under {@code json/} of the test resources: usage objects of the test schemas. */
public final class ExampleFiles {

    private ExampleFiles() {
    }

    /**
     * {@return the text of an example file under {@code json/}}
     * @param file its name, such as {@code seed001.json} or {@code providers/anthropic.json}
     */
    public static String text(String file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    /**
     * {@return the bytes of an example file under {@code json/}}
     * @param file its name, such as {@code seed001.json} or {@code providers/anthropic.json}
     */
    public static byte[] bytes(String file) {
        try (InputStream in = ExampleFiles.class.getResourceAsStream("/json/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no example json/" + file + " in the test resources");
            }
            return in.readAllBytes();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
