package dev.usageschema.otel;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.usageschema.canonical.ImmutableCanonicalUsage;
import dev.usageschema.otel.CatalogueUsages.FixtureUsage;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The token-usage metric summed over its token types counts each token of a call once: its points
 * are of type input and output only, never a total beside them, and a cache read or a reasoning
 * token, inside the input or the output, is not added again.
 */
class TokenSumTest {

    @Test
    void eachFixtureUsagesTokensSumOverTheTypesToItsTotalLessWhatTheTotalLeavesUnattributed() {
        for (FixtureUsage usage : CatalogueUsages.all()) {
            try (Recorder recorder = new Recorder(GenAiConventions.V1_41)) {
                recorder.telemetry.record(Span.getInvalid(), usage.canonical(), usage.call());

                ImmutableCanonicalUsage canonical = usage.canonical().orElseThrow();
                long counted = usage.call().countsOutput() ? canonical.totalTokens() - canonical.unattributedTokens().orElse(0)
                        : canonical.inputTokens();
                assertWithMessage(usage.toString()).that(recorder.tokensOfAllTypes()).isEqualTo(counted);
            }
        }
    }

    @Test
    void theTokensOfAResponseWithCacheAndReasoningSumToWhatItsOwnCountsAddUpTo() {
        // Anthropic line 2: input 12, cache creation 3000, output 860 with its 310 thinking tokens inside
        // OpenAI chat line 2: prompt 4533 with its cache writes inside, completion 342 with its reasoning inside
        // Gemini line 1: prompt 14, candidates 230, thoughts 612 beside them
        // Bedrock line 3: input 420, cache read 2752 beside it, output 18
        long[] expected = {12 + 3000 + 860, 4533 + 342, 14 + 230 + 612, 420 + 2752 + 18};
        FixtureUsage[] usages = {CatalogueUsages.line("anthropic-messages", 2), CatalogueUsages.line("openai-chat", 2),
                CatalogueUsages.line("gemini", 1), CatalogueUsages.line("bedrock-converse", 3)};
        for (int each = 0; each < usages.length; each++) {
            try (Recorder recorder = new Recorder(GenAiConventions.LATEST_EXPERIMENTAL)) {
                recorder.telemetry.record(Span.getInvalid(), usages[each].canonical(), usages[each].call());

                assertWithMessage(usages[each].toString()).that(recorder.tokensOfAllTypes()).isEqualTo(expected[each]);
            }
        }
    }

    @Test
    void theTokensOfEveryProviderSumOverTheTypesOfOneMetricToTheirCallsTokens() {
        try (Recorder recorder = new Recorder(GenAiConventions.LATEST_EXPERIMENTAL)) {
            long expected = 0;
            for (FixtureUsage usage : CatalogueUsages.all()) {
                recorder.telemetry.record(Span.getInvalid(), usage.canonical(), usage.call());
                ImmutableCanonicalUsage canonical = usage.canonical().orElseThrow();
                expected += usage.call().countsOutput()
                        ? canonical.totalTokens() - canonical.unattributedTokens().orElse(0) : canonical.inputTokens();
            }

            List<HistogramPointData> points = recorder.tokenPoints();
            Set<String> types = points.stream()
                    .map(point -> point.getAttributes().get(GenAiAttributes.GEN_AI_TOKEN_TYPE))
                    .collect(Collectors.toSet());
            assertThat(types).containsExactly(GenAiAttributes.TOKEN_TYPE_INPUT, GenAiAttributes.TOKEN_TYPE_OUTPUT);
            assertThat(recorder.tokensOfAllTypes()).isEqualTo(expected);
            assertThat(recorder.tokensOfType(GenAiAttributes.TOKEN_TYPE_INPUT)
                    + recorder.tokensOfType(GenAiAttributes.TOKEN_TYPE_OUTPUT)).isEqualTo(expected);
        }
    }

    @Test
    void aPointCarriesTheConventionsCommonAttributesAndBucketBoundaries() {
        GenAiCall call = GenAiCall.builder(GenAiAttributes.OPERATION_CHAT, "anthropic").requestModel("claude-x")
                .responseModel("claude-x-20260101").serverAddress("api.anthropic.com").serverPort(443).build();
        FixtureUsage anthropic = CatalogueUsages.line("anthropic-messages", 1);
        try (Recorder recorder = new Recorder(GenAiConventions.V1_41)) {
            recorder.telemetry.record(Span.getInvalid(), anthropic.canonical(), call);

            HistogramPointData input = recorder.tokenPoints().stream()
                    .filter(point -> "input".equals(point.getAttributes().get(GenAiAttributes.GEN_AI_TOKEN_TYPE)))
                    .findFirst().orElseThrow();
            assertThat(input.getAttributes().asMap()).containsExactly(
                    GenAiAttributes.GEN_AI_OPERATION_NAME, "chat",
                    GenAiAttributes.GEN_AI_PROVIDER_NAME, "anthropic",
                    GenAiAttributes.GEN_AI_REQUEST_MODEL, "claude-x",
                    GenAiAttributes.GEN_AI_RESPONSE_MODEL, "claude-x-20260101",
                    GenAiAttributes.SERVER_ADDRESS, "api.anthropic.com",
                    GenAiAttributes.SERVER_PORT, 443L,
                    GenAiAttributes.GEN_AI_TOKEN_TYPE, "input");
            assertThat(input.getBoundaries()).containsExactly(1.0, 4.0, 16.0, 64.0, 256.0, 1024.0, 4096.0, 16384.0,
                    65536.0, 262144.0, 1048576.0, 4194304.0, 16777216.0, 67108864.0).inOrder();
            assertThat(input.getSum()).isEqualTo(5.0 + 9212 + 1830);
            assertThat(input.getCount()).isEqualTo(1);
            assertThat(recorder.metrics().get(GenAiAttributes.GEN_AI_CLIENT_TOKEN_USAGE).getUnit()).isEqualTo("{token}");
        }
    }
}
