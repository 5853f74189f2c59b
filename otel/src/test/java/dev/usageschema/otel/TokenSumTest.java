package dev.usageschema.otel;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.canonical.ImmutableCanonicalUsage;
import dev.usageschema.otel.ProviderUsages.ProviderUsage;
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
    void eachProvidersTokensSumOverTheTypesToWhatTheProvidersOwnCountsAddUpTo() {
        for (ProviderUsage usage : ProviderUsages.all()) {
            try (Recorder recorder = new Recorder(GenAiConventions.V1_41)) {
                recorder.telemetry.record(Span.getInvalid(), usage.canonical(), usage.call());

                ImmutableCanonicalUsage canonical = usage.canonical().orElseThrow();
                assertThat(recorder.tokensOfAllTypes()).isEqualTo(usage.providerTokens());
                assertThat(recorder.tokensOfAllTypes())
                        .isEqualTo(canonical.totalTokens() - canonical.unattributedTokens().orElse(0));
            }
        }
    }

    @Test
    void theTokensOfEveryProviderSumOverTheTypesOfOneMetricToTheirCallsTokens() {
        try (Recorder recorder = new Recorder(GenAiConventions.LATEST_EXPERIMENTAL)) {
            long expected = 0;
            for (ProviderUsage usage : ProviderUsages.all()) {
                recorder.telemetry.record(Span.getInvalid(), usage.canonical(), usage.call());
                expected += usage.providerTokens();
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
        ProviderUsage anthropic = ProviderUsages.named("anthropic-messages: ");
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
            assertThat(input.getSum()).isEqualTo(4446.0);
            assertThat(input.getCount()).isEqualTo(1);
            assertThat(recorder.metrics().get(GenAiAttributes.GEN_AI_CLIENT_TOKEN_USAGE).getUnit()).isEqualTo("{token}");
        }
    }
}
