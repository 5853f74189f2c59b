package dev.usageschema.examples.json;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.canonical.CanonicalUsage;
import dev.usageschema.canonical.ImmutableCanonicalUsage;
import dev.usageschema.examples.ExampleFiles;
import dev.usageschema.examples.providers.ImmutableAnthropicUsage;
import dev.usageschema.examples.providers.ImmutableOpenRouterUsage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The canonical usage's JSON through both Jackson majors: its documented snake_case shape, read back
 * with every canonical rule, found by module discovery; and OpenRouter's exact cost.
 */
class CanonicalJsonTest {

    static Stream<JsonBackend> majors() {
        return Stream.of(JsonBackend.JACKSON_2, JsonBackend.JACKSON_3);
    }

    private static final String CANONICAL = "{\"convention\":\"anthropic-messages\",\"input_tokens\":4146,"
            + "\"input_uncached_tokens\":2095,\"cache_read_tokens\":0,\"cache_write_tokens\":2051,"
            + "\"cache_write_5m_tokens\":2051,\"cache_write_1h_tokens\":0,\"output_tokens\":503,"
            + "\"output_text_tokens\":503,\"total_tokens\":4649}";

    private static List<String> rulesAt(List<Violation> violations) {
        return violations.stream().map(violation -> violation.rule() + " " + violation.wirePath()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("majors")
    void aProvidersCanonicalUsageIsWrittenInItsDocumentedShapeAndReadBack(JsonBackend json) {
        ImmutableAnthropicUsage anthropic = json.read(new String(ExampleFiles.bytes("providers/anthropic.json"),
                StandardCharsets.UTF_8), ImmutableAnthropicUsage.jsonSchema());
        ImmutableCanonicalUsage canonical = anthropic.toCanonical().orElseThrow();

        String written = json.write(canonical, ImmutableCanonicalUsage.jsonSchema());

        assertThat(written).isEqualTo(CANONICAL);
        assertThat(json.read(written, ImmutableCanonicalUsage.jsonSchema())).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("majors")
    void theCanonicalUsageIsFoundByModuleDiscoveryAndReadThroughDatabind(JsonBackend json) {
        CanonicalUsage read = json.discoveringMapperRead(CANONICAL, CanonicalUsage.class);

        assertThat(read).isInstanceOf(ImmutableCanonicalUsage.class);
        assertThat(read.inputTokens()).isEqualTo(4146);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("majors")
    void aCanonicalUsageWhoseIdentitiesDoNotHoldIsRejectedAtItsPaths(JsonBackend json) {
        Validated<ImmutableCanonicalUsage> read = json.tryRead("{\"input_tokens\":150,\"input_uncached_tokens\":100,"
                + "\"output_tokens\":100,\"output_text_tokens\":100,\"total_tokens\":250}",
                ImmutableCanonicalUsage.jsonSchema());

        assertThat(rulesAt(read.violations())).containsExactly("SUM /input_tokens");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("majors")
    void aCostIsReadAsTheDecimalItsLiteralWritesAndWrittenBackTheSame(JsonBackend json) {
        String text = new String(ExampleFiles.bytes("providers/openrouter.json"), StandardCharsets.UTF_8).strip();

        ImmutableOpenRouterUsage usage = json.read(text, ImmutableOpenRouterUsage.jsonSchema());

        assertThat(usage.cost()).hasValue(new BigDecimal("0.000582"));
        assertThat(json.write(usage, ImmutableOpenRouterUsage.jsonSchema())).isEqualTo(text);
    }
}
