package dev.usageschema.otel;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.otel.ProviderUsages.ProviderUsage;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each example provider's usage as the GenAI usage attributes of a span and the points of the
 * token-usage metric, in both convention versions: input counts every input token (the provider's
 * cache reads and writes added where it counts them beside its input), output every output token
 * (reasoning added where it is beside), and the cache-write count goes under the version's name.
 */
class ProviderMappingsTest {

    static Stream<Arguments> usagesInEachVersion() {
        return ProviderUsages.all().stream().flatMap(usage -> Stream.of(GenAiConventions.values())
                .map(conventions -> Arguments.of(usage, conventions)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("usagesInEachVersion")
    void theUsageAttributesAndTokenPointsAreTheCanonicalCounts(ProviderUsage usage, GenAiConventions conventions) {
        assertThat(usage.canonical().violations()).isEmpty();
        try (Recorder recorder = new Recorder(conventions)) {
            SpanData span = recorder.span(it -> recorder.telemetry.record(it, usage.canonical(), usage.call()));

            assertThat(Recorder.usageAttributes(span)).containsExactlyEntriesIn(usage.expected().attributes(conventions));
            assertThat(span.getAttributes().get(GenAiAttributes.GEN_AI_PROVIDER_NAME))
                    .isEqualTo(usage.call().providerName());
            assertThat(span.getAttributes().get(GenAiAttributes.GEN_AI_OPERATION_NAME))
                    .isEqualTo(usage.call().operationName());
            assertThat(span.getEvents()).isEmpty();
            Long output = usage.expected().output;
            assertThat(recorder.tokensOfType(GenAiAttributes.TOKEN_TYPE_INPUT)).isEqualTo(usage.expected().input);
            assertThat(recorder.tokensOfType(GenAiAttributes.TOKEN_TYPE_OUTPUT)).isEqualTo(output == null ? 0 : output);
            assertThat(recorder.tokenPoints()).hasSize(output == null ? 1 : 2);
            assertThat(recorder.violationPoints()).isEmpty();
        }
    }
}
