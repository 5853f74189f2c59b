package dev.usageschema.examples;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.UsageViolationException;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.examples.providers.GatewayUsageRecord;
import dev.usageschema.examples.providers.ImmutableAnthropicUsage;
import dev.usageschema.examples.providers.ImmutableBedrockTokenUsage;
import dev.usageschema.examples.providers.ImmutableDeepSeekUsage;
import dev.usageschema.examples.providers.ImmutableEmbeddingUsage;
import dev.usageschema.examples.providers.ImmutableGeminiUsageMetadata;
import dev.usageschema.examples.providers.ServiceTier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real providers' arithmetic, each as its schema declares it. */
class ProvidersTest {

    @Test
    void anthropicTotalIsDerivedWithCacheCountsBesideTheInput() {
        var usage = ImmutableAnthropicUsage.builder()
                .inputTokens(10).outputTokens(20).cacheReadInputTokens(1000)
                .build();

        assertThat(usage.totalTokens()).isEqualTo(1030);
        assertThat(usage.cacheReadInputTokens().getAsLong()).isGreaterThan(usage.inputTokens());
    }

    @Test
    void anthropicDerivedTotalFollowsItsPartsThroughCopies() {
        var usage = ImmutableAnthropicUsage.builder().inputTokens(10).outputTokens(20).build();

        assertThat(usage.toBuilder().outputTokens(25).build().totalTokens()).isEqualTo(35);
        assertThat(usage.toBuilder().inputTokens(1).build().totalTokens()).isEqualTo(21);
        assertThat(usage).isEqualTo(ImmutableAnthropicUsage.builder().inputTokens(10).outputTokens(20).totalTokens(30).build());
    }

    @Test
    void anthropicGivenTotalIsStillChecked() {
        var violations = ImmutableAnthropicUsage.builder().inputTokens(10).outputTokens(20).totalTokens(31).violations();

        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).message())
                .isEqualTo("inputTokens 10 + outputTokens 20 + cacheCreationInputTokens absent (0)"
                        + " + cacheReadInputTokens absent (0) != totalTokens 31");
    }

    @Test
    void aDerivedSumPastLongMaxIsAnOverflowNotAWrappedTotal() {
        var violations = ImmutableAnthropicUsage.builder()
                .inputTokens(Long.MAX_VALUE).outputTokens(1)
                .violations();

        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).rule()).isEqualTo(Rule.OVERFLOW);
        assertThat(violations.get(0).wirePath()).isEqualTo("/total_tokens");
    }

    @Test
    void anthropicTotalThatCannotBeDerivedIsRequired() {
        var violations = ImmutableAnthropicUsage.builder().outputTokens(20).violations();

        assertThat(violations.stream().map(Violation::rule).toList()).containsExactly(Rule.REQUIRED);
        assertThat(violations.get(0).propertyPath()).isEqualTo("inputTokens");
    }

    @Test
    void geminiTotalIncludesThoughtsAndToolUse() {
        var usage = ImmutableGeminiUsageMetadata.builder()
                .promptTokenCount(100).candidatesTokenCount(50).thoughtsTokenCount(30).toolUsePromptTokenCount(5)
                .totalTokenCount(185)
                .build();
        assertThat(usage.totalTokenCount()).isEqualTo(185);

        var violations = usage.toBuilder().totalTokenCount(150).violations();
        assertThat(violations.get(0).rule()).isEqualTo(Rule.SUM);
    }

    @Test
    void geminiCachedContentIsWithinThePrompt() {
        var violations = ImmutableGeminiUsageMetadata.builder()
                .promptTokenCount(100).cachedContentTokenCount(101).totalTokenCount(100)
                .violations();

        assertThat(violations.stream().map(Violation::message).toList())
                .containsExactly("cachedContentTokenCount 101 > promptTokenCount 100");
    }

    @Test
    void deepSeekPromptIsAnExactPartitionOfCacheHitsAndMisses() {
        var usage = ImmutableDeepSeekUsage.builder()
                .promptCacheHitTokens(60).promptCacheMissTokens(40).promptTokens(100)
                .completionTokens(10).totalTokens(110)
                .build();
        assertThat(usage.promptTokens()).isEqualTo(100);

        var violations = usage.toBuilder().promptCacheMissTokens(41).violations();
        assertThat(violations.stream().map(Violation::message).toList())
                .containsExactly("promptCacheHitTokens 60 + promptCacheMissTokens 41 != promptTokens 100");
    }

    @Test
    void bedrockCountsAreInt32OnTheWire() {
        var violations = ImmutableBedrockTokenUsage.builder()
                .inputTokens(3_000_000_000L).outputTokens(1).totalTokens(3_000_000_001L)
                .cacheReadInputTokens(null).cacheWriteInputTokens(null)
                .violations();

        assertThat(violations.stream().map(Violation::rule).toList()).containsExactly(Rule.INT32_RANGE, Rule.INT32_RANGE);
        assertThat(violations.get(0).message()).isEqualTo("inputTokens 3000000000 is above the int32 maximum 2147483647");
    }

    @Test
    void bedrockNullableCountsMustBeGivenButMayBeNullAndThenCountAsZero() {
        var unset = ImmutableBedrockTokenUsage.builder().inputTokens(1).outputTokens(1).totalTokens(2).violations();
        assertThat(unset.stream().map(v -> v.rule() + " " + v.propertyPath()).toList())
                .containsExactly("REQUIRED cacheReadInputTokens", "REQUIRED cacheWriteInputTokens").inOrder();

        var usage = ImmutableBedrockTokenUsage.builder().inputTokens(1).outputTokens(1).totalTokens(2)
                .cacheReadInputTokens(null).cacheWriteInputTokens(null)
                .build();
        assertThat(usage.cacheReadInputTokens()).isNull();
    }

    @Test
    void bedrockTotalCountsCacheReadsAndWrites() {
        var usage = ImmutableBedrockTokenUsage.builder()
                .inputTokens(10).outputTokens(5).cacheReadInputTokens(100).cacheWriteInputTokens(20).totalTokens(135)
                .build();

        assertThat(usage.totalTokens()).isEqualTo(135);
    }

    @Test
    void embeddingTotalIsThePromptAlone() {
        assertThat(ImmutableEmbeddingUsage.builder().promptTokens(8).totalTokens(8).build().totalTokens()).isEqualTo(8);
        assertThrows(UsageViolationException.class,
                () -> ImmutableEmbeddingUsage.builder().promptTokens(8).totalTokens(9).build());
    }

    @Test
    void gatewayWarningIsReportedButDoesNotBlock() {
        var builder = GatewayUsageRecord.builder()
                .model("some-model").requestId(null).promptTokens(10).completionTokens(5).reasoningTokens(9)
                .retries(1).latencySeconds(0.25);

        GatewayUsageRecord built = builder.build();
        Validated<GatewayUsageRecord> result = builder.tryBuild();

        assertThat(built.totalTokens().getAsLong()).isEqualTo(15);
        assertThat(result.isValid()).isTrue();
        assertThat(result.errors()).isEmpty();
        List<Violation> warnings = result.warnings();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(warnings.get(0).message()).isEqualTo("reasoningTokens 9 > completionTokens 5");
    }

    @Test
    void gatewayPlainPropertiesHaveNullChecks() {
        var violations = GatewayUsageRecord.builder()
                .model(null).promptTokens(1).completionTokens(1).retries(null)
                .violations();

        assertThat(violations.stream().map(v -> v.rule() + " " + v.propertyPath()).toList())
                .containsExactly("NOT_NULL model", "REQUIRED requestId", "NOT_NULL retries").inOrder();
    }

    @Test
    void gatewayKeepsEnumsAndFractionsAndRejectsUnknownFieldsNamedLikeAlternates() {
        var usage = GatewayUsageRecord.builder()
                .model("m").requestId("r-1").serviceTier(ServiceTier.FLEX)
                .promptTokens(1).completionTokens(1).retries(2).latencySeconds(1.5)
                .putUnknownFields("region", "eu")
                .build();
        assertThat(usage.serviceTier().orElseThrow()).isEqualTo(ServiceTier.FLEX);
        assertThat(usage.latencySeconds().getAsDouble()).isEqualTo(1.5);

        var violations = usage.toBuilder().putUnknownFields("input_tokens", 1).violations();
        assertThat(violations.stream().map(v -> v.rule() + " " + v.wirePath()).toList())
                .containsExactly("ADDITIONAL_PROPERTY /input_tokens");
    }
}
