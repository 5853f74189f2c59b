package dev.usageschema.providers;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The evidence's fixtures (docs/provider-evidence, on the test class path as {@code provider-evidence/}),
 * and the usage object a fixture's body holds at a surface's pointer.
 */
final class Fixtures {

    /** Keeps every literal's exact value, so that the usage text cut out of a body reads as the body's did. */
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

    /** {@return the JSON text of the usage at {@code pointer} in {@code body}; empty when absent or {@code null}} */
    static Optional<String> usageAt(String body, String pointer) {
        JsonNode usage = tree(body).at(pointer);
        if (usage.isMissingNode() || usage.isNull()) {
            return Optional.empty();
        }
        return Optional.of(usage.toString());
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
