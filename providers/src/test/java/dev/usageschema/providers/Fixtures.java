package dev.usageschema.providers;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The evidence's fixtures (docs/provider-evidence, on the test class path as {@code provider-evidence/}),
 * and their JSON as trees that keep every number's exact value.
 */
final class Fixtures {

    /** Keeps every literal's exact value. */
    private static final JsonMapper TREES = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private Fixtures() {
    }

    /** {@return the lines of a surface's fixture file, blank lines left out} */
    static List<String> lines(String id, String file) {
        return text(id, file).lines().filter(line -> !line.isBlank()).toList();
    }

    /** {@return a fixture file's text} */
    static String text(String id, String file) {
        String resource = "/provider-evidence/" + id + "/" + file;
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return a document's tree, every number as its exact literal value} */
    static JsonNode tree(String json) {
        try {
            return TREES.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
