package dev.usageschema.cli;

import static com.google.common.truth.Truth.assertWithMessage;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Output compared with a golden file under {@code src/test/resources/golden}. Run with
 * {@code -Dgolden.write=true} to write the golden files from what the checker prints now, then
 * read the difference before committing it.
 */
final class Golden {

    private Golden() {
    }

    static void assertMatches(String name, String actual) {
        if (Boolean.getBoolean("golden.write")) {
            try {
                Path file = Path.of("src/test/resources/golden", name);
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, UTF_8);
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
            return;
        }
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            assertWithMessage("golden file " + name).that(in).isNotNull();
            assertWithMessage("output against golden/" + name).that(actual).isEqualTo(new String(in.readAllBytes(), UTF_8));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
