package dev.usageschema.otel;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Validated;
import dev.usageschema.canonical.CanonicalUsage;
import dev.usageschema.canonical.ImmutableCanonicalUsage;
import dev.usageschema.examples.providers.GatewayUsageRecord;
import dev.usageschema.examples.providers.ImmutableAnthropicUsage;
import dev.usageschema.jackson2.UsageJson;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A usage's violations as span events and as the violations counter, and which of its counts are
 * recorded beside them: all of a usage with warnings; none of a {@link Validated} with errors,
 * which holds no value; of a checked-here usage, each side that no error breaks.
 */
class ViolationsTest {

    private static final UsageJson JSON = UsageJson.standard();
    private static final GenAiCall ANTHROPIC = GenAiCall.builder("chat", "anthropic").build();
    private static final GenAiCall GATEWAY = GenAiCall.builder("chat", "litellm").build();

    private static Map<String, Object> described(EventData event) {
        Attributes attributes = event.getAttributes();
        return Map.of("name", event.getName(),
                "rule", attributes.get(UsageSchemaAttributes.VIOLATION_RULE),
                "severity", attributes.get(UsageSchemaAttributes.VIOLATION_SEVERITY),
                "path", attributes.get(UsageSchemaAttributes.VIOLATION_PATH),
                "message", attributes.get(UsageSchemaAttributes.VIOLATION_MESSAGE));
    }

    private static String counted(LongPointData point) {
        Attributes attributes = point.getAttributes();
        return attributes.get(UsageSchemaAttributes.VIOLATION_RULE) + " "
                + attributes.get(UsageSchemaAttributes.VIOLATION_SEVERITY) + " "
                + attributes.get(GenAiAttributes.GEN_AI_PROVIDER_NAME) + " = " + point.getValue();
    }

    private static List<String> counted(Recorder recorder) {
        return recorder.violationPoints().stream().map(ViolationsTest::counted).toList();
    }

    @Test
    void aUsageWithAWarningRecordsEveryCountAndItsWarning() {
        Validated<ImmutableCanonicalUsage> usage = JSON.read("{\"input_tokens\":100,\"output_tokens\":50,"
                + "\"cache_creation_input_tokens\":200,\"cache_creation\":{\"ephemeral_5m_input_tokens\":150,"
                + "\"ephemeral_1h_input_tokens\":0}}", ImmutableAnthropicUsage.jsonSchema()).toCanonical();
        assertThat(usage.isValid()).isTrue();

        try (Recorder recorder = new Recorder(GenAiConventions.V1_41)) {
            SpanData span = recorder.span(it -> recorder.telemetry.record(it, usage, ANTHROPIC));

            assertThat(Recorder.usageAttributes(span)).containsExactly("gen_ai.usage.input_tokens", 300L,
                    "gen_ai.usage.cache_creation.input_tokens", 200L, "gen_ai.usage.output_tokens", 50L);
            assertThat(span.getEvents()).hasSize(1);
            assertThat(described(span.getEvents().get(0))).containsExactly("name", "usage_schema.violation",
                    "rule", "sum", "severity", "warning", "path", "/cache_write_tokens",
                    "message", usage.violations().get(0).message());
            assertThat(usage.violations().get(0).message()).contains("200");
            assertThat(counted(recorder)).containsExactly("sum warning anthropic = 1");
            assertThat(recorder.tokensOfAllTypes()).isEqualTo(350);
        }
    }

    @Test
    void aMappedUsageWithErrorsRecordsItsErrorsAndNoCount() {
        Validated<ImmutableCanonicalUsage> usage = JSON.read("{\"model\":\"m\",\"request_id\":null,"
                + "\"prompt_tokens\":10,\"completion_tokens\":102,\"reasoning_tokens\":109,\"retries\":0}",
                GatewayUsageRecord.jsonSchema()).toCanonical();
        assertThat(usage.isValid()).isFalse();

        try (Recorder recorder = new Recorder(GenAiConventions.LATEST_EXPERIMENTAL)) {
            SpanData span = recorder.span(it -> recorder.telemetry.record(it, usage, GATEWAY));

            assertThat(Recorder.usageAttributes(span)).isEmpty();
            assertThat(span.getAttributes().get(GenAiAttributes.GEN_AI_PROVIDER_NAME)).isEqualTo("litellm");
            assertThat(span.getEvents().stream().map(ViolationsTest::described).toList()).containsExactly(
                    Map.of("name", "usage_schema.violation", "rule", "non_negative", "severity", "error",
                            "path", "/output_text_tokens", "message", usage.errors().get(0).message()),
                    Map.of("name", "usage_schema.violation", "rule", "at_most", "severity", "error",
                            "path", "/reasoning_tokens", "message", usage.errors().get(1).message()));
            assertThat(usage.errors().get(1).message()).contains("109");
            assertThat(recorder.tokenPoints()).isEmpty();
            assertThat(counted(recorder)).containsExactly("non_negative error litellm = 1",
                    "at_most error litellm = 1");
        }
    }

    @Test
    void anErrorOfTheOutputsIdentityWithholdsTheOutputCountsAndRecordsTheInput() {
        CanonicalUsage usage = HandMadeUsage.of(Map.of("inputTokens", 100L, "inputUncachedTokens", 60L,
                "cacheReadTokens", 40L, "outputTokens", 50L, "outputTextTokens", 30L, "reasoningTokens", 30L,
                "totalTokens", 150L));

        try (Recorder recorder = new Recorder(GenAiConventions.V1_41)) {
            SpanData span = recorder.span(it -> recorder.telemetry.record(it, usage, ANTHROPIC));

            assertThat(Recorder.usageAttributes(span)).containsExactly("gen_ai.usage.input_tokens", 100L,
                    "gen_ai.usage.cache_read.input_tokens", 40L);
            assertThat(span.getEvents().stream().map(event -> described(event).get("rule") + " "
                    + described(event).get("path")).toList()).containsExactly("sum /output_tokens");
            assertThat(recorder.tokensOfType("input")).isEqualTo(100);
            assertThat(recorder.tokenPoints()).hasSize(1);
            assertThat(counted(recorder)).containsExactly("sum error anthropic = 1");
        }
    }

    @Test
    void anErrorOfTheInputsIdentityWithholdsTheInputCountsAndRecordsTheOutput() {
        CanonicalUsage usage = HandMadeUsage.of(Map.of("inputTokens", 100L, "inputUncachedTokens", 80L,
                "cacheReadTokens", 40L, "outputTokens", 50L, "outputTextTokens", 20L, "reasoningTokens", 30L,
                "totalTokens", 150L));

        try (Recorder recorder = new Recorder(GenAiConventions.V1_41)) {
            SpanData span = recorder.span(it -> recorder.telemetry.record(it, usage, ANTHROPIC));

            assertThat(Recorder.usageAttributes(span)).containsExactly("gen_ai.usage.output_tokens", 50L,
                    "gen_ai.usage.reasoning.output_tokens", 30L);
            assertThat(recorder.tokensOfType("output")).isEqualTo(50);
            assertThat(recorder.tokenPoints()).hasSize(1);
            assertThat(counted(recorder)).containsExactly("sum error anthropic = 1");
        }
    }

    @Test
    void anErrorOfTheTotalsIdentityWithholdsBothSides() {
        CanonicalUsage usage = HandMadeUsage.of(Map.of("inputTokens", 100L, "inputUncachedTokens", 100L,
                "outputTokens", 50L, "outputTextTokens", 50L, "totalTokens", 200L));

        try (Recorder recorder = new Recorder(GenAiConventions.V1_41)) {
            SpanData span = recorder.span(it -> recorder.telemetry.record(it, usage, ANTHROPIC));

            assertThat(Recorder.usageAttributes(span)).isEmpty();
            assertThat(recorder.tokenPoints()).isEmpty();
            assertThat(span.getEvents()).hasSize(1);
            assertThat(span.getEvents().get(0).getAttributes().get(UsageSchemaAttributes.VIOLATION_PATH))
                    .isEqualTo("/total_tokens");
        }
    }

    @Test
    void anErrorOfAValueThatIsNoTokenCountWithholdsNoCount() {
        CanonicalUsage usage = HandMadeUsage.of(Map.of("inputTokens", 100L, "inputUncachedTokens", 100L,
                "outputTokens", 50L, "outputTextTokens", 50L, "totalTokens", 150L, "webSearchRequests", -1L));

        try (Recorder recorder = new Recorder(GenAiConventions.V1_41)) {
            SpanData span = recorder.span(it -> recorder.telemetry.record(it, usage, ANTHROPIC));

            assertThat(Recorder.usageAttributes(span)).containsExactly("gen_ai.usage.input_tokens", 100L,
                    "gen_ai.usage.output_tokens", 50L);
            assertThat(counted(recorder)).containsExactly("range error anthropic = 1");
        }
    }

    @Test
    void aHandMadeUsageThatBreaksNoRuleRecordsEveryCountAndNoViolation() {
        CanonicalUsage usage = HandMadeUsage.of(Map.of("inputTokens", 100L, "inputUncachedTokens", 70L,
                "cacheWriteTokens", 30L, "outputTokens", 50L, "outputTextTokens", 50L, "totalTokens", 150L));

        try (Recorder recorder = new Recorder(GenAiConventions.LATEST_EXPERIMENTAL)) {
            SpanData span = recorder.span(it -> recorder.telemetry.record(it, usage, ANTHROPIC));

            assertThat(Recorder.usageAttributes(span)).containsExactly("gen_ai.usage.input_tokens", 100L,
                    "gen_ai.usage.cache_write.input_tokens", 30L, "gen_ai.usage.output_tokens", 50L);
            assertThat(span.getEvents()).isEmpty();
            assertThat(recorder.violationPoints()).isEmpty();
        }
    }

    @Test
    void theCounterAddsUpEachProvidersViolationsAcrossCalls() {
        Validated<ImmutableCanonicalUsage> warned = JSON.read("{\"input_tokens\":1,\"output_tokens\":1,"
                + "\"cache_creation_input_tokens\":2,\"cache_creation\":{\"ephemeral_5m_input_tokens\":1,"
                + "\"ephemeral_1h_input_tokens\":0}}", ImmutableAnthropicUsage.jsonSchema()).toCanonical();
        Validated<ImmutableCanonicalUsage> rejected = JSON.read("{\"model\":\"m\",\"request_id\":null,"
                + "\"prompt_tokens\":1,\"completion_tokens\":1,\"reasoning_tokens\":2,\"retries\":0}",
                GatewayUsageRecord.jsonSchema()).toCanonical();

        try (Recorder recorder = new Recorder(GenAiConventions.V1_41)) {
            for (int call = 0; call < 3; call++) {
                recorder.telemetry.record(Span.getInvalid(), warned, ANTHROPIC);
            }
            recorder.telemetry.record(Span.getInvalid(), rejected, GATEWAY);

            assertThat(counted(recorder)).containsExactly("sum warning anthropic = 3",
                    "non_negative error litellm = 1", "at_most error litellm = 1");
            assertThat(recorder.metrics().get(UsageSchemaAttributes.VIOLATIONS).getUnit()).isEqualTo("{violation}");
        }
    }
}
