package dev.usageschema.otel;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.usageschema.canonical.ImmutableCanonicalUsage;
import dev.usageschema.otel.CatalogueUsages.FixtureUsage;
import dev.usageschema.providers.Providers;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each catalogue surface's fixture usages as the GenAI usage attributes of a span and the points of the
 * token-usage metric, in both convention versions: input counts every input token (the provider's cache
 * reads and writes added where it counts them beside its input), output every output token (reasoning
 * added where it is beside), and the cache-write count goes under the version's name.
 */
class ProviderMappingsTest {

    @Test
    void everySurfaceOfTheCatalogueHasAFixtureUsageThatMapsWithoutAViolation() {
        for (String id : Providers.ids()) {
            assertWithMessage(id).that(CatalogueUsages.all().stream().anyMatch(usage -> usage.id().equals(id))).isTrue();
        }
    }

    static Stream<Arguments> usagesInEachVersion() {
        return CatalogueUsages.all().stream().flatMap(usage -> Stream.of(GenAiConventions.values())
                .map(conventions -> Arguments.of(usage, conventions)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("usagesInEachVersion")
    void theUsageAttributesAndTokenPointsAreTheCanonicalCounts(FixtureUsage usage, GenAiConventions conventions) {
        ImmutableCanonicalUsage canonical = usage.canonical().orElseThrow();
        Long output = usage.call().countsOutput() ? canonical.outputTokens() : null;
        Map<String, Long> expected = attributes(conventions, canonical.inputTokens(), canonical.cacheReadTokens(),
                canonical.cacheWriteTokens(), output, canonical.reasoningTokens());
        try (Recorder recorder = new Recorder(conventions)) {
            SpanData span = recorder.span(it -> recorder.telemetry.record(it, usage.canonical(), usage.call()));

            assertThat(Recorder.usageAttributes(span)).containsExactlyEntriesIn(expected);
            assertThat(canonical.inputTokens()).isEqualTo(canonical.inputUncachedTokens()
                    + canonical.cacheReadTokens().orElse(0) + canonical.cacheWriteTokens().orElse(0));
            assertThat(span.getAttributes().get(GenAiAttributes.GEN_AI_PROVIDER_NAME)).isEqualTo(usage.id());
            assertThat(span.getAttributes().get(GenAiAttributes.GEN_AI_OPERATION_NAME))
                    .isEqualTo(usage.call().operationName());
            assertThat(span.getEvents()).isEmpty();
            assertThat(recorder.tokensOfType(GenAiAttributes.TOKEN_TYPE_INPUT)).isEqualTo(canonical.inputTokens());
            assertThat(recorder.tokensOfType(GenAiAttributes.TOKEN_TYPE_OUTPUT)).isEqualTo(output == null ? 0 : output);
            assertThat(recorder.tokenPoints()).hasSize(output == null ? 1 : 2);
            assertThat(recorder.violationPoints()).isEmpty();
        }
    }

    /**
     * Fixture responses whose counts are worked out here from their own JSON: what each provider's
     * convention makes of them on the span.
     */
    static Stream<Arguments> workedOut() {
        return Stream.of(
                // input_tokens 5 + cache_read_input_tokens 9212 + cache_creation_input_tokens 1830
                Arguments.of("anthropic-messages", 1, new Counts(5 + 9212 + 1830, 214).cacheRead(9212).cacheWrite(1830)),
                // thinking_tokens 310 inside output_tokens 860; the cache writes split 600 + 2400
                Arguments.of("anthropic-messages", 2, new Counts(12 + 0 + 3000, 860).cacheRead(0).cacheWrite(3000)
                        .reasoning(310)),
                // cached_tokens 1024 inside prompt_tokens 1187, reasoning 0 inside completion 19
                Arguments.of("openai-chat", 1, new Counts(1187, 19).cacheRead(1024).reasoning(0)),
                // cache_write_tokens 4480 inside prompt_tokens 4533, reasoning 320 inside completion 342
                Arguments.of("openai-chat", 2, new Counts(4533, 342).cacheRead(0).cacheWrite(4480).reasoning(320)),
                // thoughtsTokenCount 612 beside candidatesTokenCount 230: the output is 842
                Arguments.of("gemini", 1, new Counts(14, 230 + 612).reasoning(612)),
                // cachedContentTokenCount 19800 inside promptTokenCount 20930, thoughts 744 beside candidates 71
                Arguments.of("gemini", 2, new Counts(20930, 71 + 744).cacheRead(19800).reasoning(744)),
                // cacheWriteInputTokens 2210 beside inputTokens 4
                Arguments.of("bedrock-converse", 1, new Counts(4 + 2210, 198).cacheRead(0).cacheWrite(2210)),
                // cacheReadInputTokens 2752 beside inputTokens 420
                Arguments.of("bedrock-converse", 3, new Counts(420 + 2752, 18).cacheRead(2752).cacheWrite(0)));
    }

    @ParameterizedTest(name = "{0} line {1}")
    @MethodSource("workedOut")
    void aFixtureResponsesCountsAreOnTheSpanAsItsProviderMeansThem(String id, int line, Counts counts) {
        FixtureUsage usage = CatalogueUsages.line(id, line);
        for (GenAiConventions conventions : GenAiConventions.values()) {
            try (Recorder recorder = new Recorder(conventions)) {
                SpanData span = recorder.span(it -> recorder.telemetry.record(it, usage.canonical(), usage.call()));

                assertThat(Recorder.usageAttributes(span)).containsExactlyEntriesIn(counts.attributes(conventions));
                assertThat(recorder.tokensOfType(GenAiAttributes.TOKEN_TYPE_INPUT)).isEqualTo(counts.input);
                assertThat(recorder.tokensOfType(GenAiAttributes.TOKEN_TYPE_OUTPUT)).isEqualTo(counts.output);
            }
        }
    }

    private static Map<String, Long> attributes(GenAiConventions conventions, long input, OptionalLong cacheRead,
            OptionalLong cacheWrite, Long output, OptionalLong reasoning) {
        Map<String, Long> attributes = new LinkedHashMap<>();
        attributes.put("gen_ai.usage.input_tokens", input);
        cacheRead.ifPresent(count -> attributes.put("gen_ai.usage.cache_read.input_tokens", count));
        cacheWrite.ifPresent(count -> attributes.put(conventions == GenAiConventions.V1_41
                ? "gen_ai.usage.cache_creation.input_tokens" : "gen_ai.usage.cache_write.input_tokens", count));
        if (output != null) {
            attributes.put("gen_ai.usage.output_tokens", output);
            reasoning.ifPresent(count -> attributes.put("gen_ai.usage.reasoning.output_tokens", count));
        }
        return attributes;
    }

    /** The counts a span should carry, worked out by hand; an absent one is not on the span. */
    static final class Counts {

        final long input;
        final long output;
        private OptionalLong cacheRead = OptionalLong.empty();
        private OptionalLong cacheWrite = OptionalLong.empty();
        private OptionalLong reasoning = OptionalLong.empty();

        Counts(long input, long output) {
            this.input = input;
            this.output = output;
        }

        Counts cacheRead(long count) {
            cacheRead = OptionalLong.of(count);
            return this;
        }

        Counts cacheWrite(long count) {
            cacheWrite = OptionalLong.of(count);
            return this;
        }

        Counts reasoning(long count) {
            reasoning = OptionalLong.of(count);
            return this;
        }

        Map<String, Long> attributes(GenAiConventions conventions) {
            return ProviderMappingsTest.attributes(conventions, input, cacheRead, cacheWrite, output, reasoning);
        }

        @Override
        public String toString() {
            return "input " + input + ", output " + output;
        }
    }
}
