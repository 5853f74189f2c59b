package dev.usageschema.providers;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.usageschema.Validated;
import dev.usageschema.providers.google.Modality;
import dev.usageschema.providers.google.TrafficType;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every usage of every {@code responses.jsonl} that its surface reads without an error writes back as the same JSON
 * (numbers compared by value, key order aside; an enum read by its number written by its name) and reads back
 * as an equal model, through both majors.
 */
class WriteBackTest {

    /** Numbers equal by value ({@code 0} and {@code 0.0}, {@code 5.48E-5} and {@code 0.0000548}), the rest as Jackson compares. */
    private static final Comparator<JsonNode> BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue())
            : a.equals(b) ? 0 : 1;

    /** The fields of an Ollama object beside its metrics, which its schema ignores. */
    private static final List<String> OLLAMA_NEIGHBOURS =
            List.of("model", "created_at", "message", "response", "context", "done", "done_reason");

    static Stream<Arguments> surfaces() {
        return ResponseFixturesTest.surfaces();
    }

    @ParameterizedTest(name = "{1} through {0}")
    @MethodSource("surfaces")
    void everyUsageReadWritesBackTheSame(JsonMajor json, String id) {
        int written = writesBack(Providers.named(id).orElseThrow(), json);
        assertWithMessage("%s: usages written back", id).that(written).isAtLeast(1);
    }

    /** Vertex's enums read by number are written by name: the numbers of a tree, as the names written. */
    private static void namesForNumbers(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.path("modality").isInt()) {
                object.put("modality", Modality.values()[object.get("modality").intValue()].name());
            }
            if (object.path("trafficType").isInt()) {
                object.put("trafficType", TrafficType.values()[object.get("trafficType").intValue()].name());
            }
        }
        node.forEach(WriteBackTest::namesForNumbers);
    }

    private static <X, M extends X> int writesBack(ProviderSurface<X, M> surface, JsonMajor json) {
        int written = 0;
        for (String line : Fixtures.lines(surface.id(), "responses.jsonl")) {
            Validated<M> read = json.tryReadResponse(line, surface.usageSurface());
            if (!read.errors().isEmpty()) {
                continue;
            }
            M model = read.orElseThrow();
            String text = json.write(model, surface.jsonSchema());
            JsonNode original = Fixtures.tree(line).at(surface.responseSite().pointers().get(0));
            if (surface.id().equals("ollama-chat")) {
                ((ObjectNode) original).remove(OLLAMA_NEIGHBOURS);
            }
            if (surface.id().equals("gemini")) {
                namesForNumbers(original);
            }
            assertWithMessage("%s wrote %s for %s", surface.id(), text, original.toString())
                    .that(Fixtures.tree(text).equals(BY_VALUE, original)).isTrue();
            assertThat(json.tryRead(text, surface.jsonSchema()).orElseThrow()).isEqualTo(model);
            written++;
        }
        return written;
    }
}
