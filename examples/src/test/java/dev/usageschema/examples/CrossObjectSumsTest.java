package dev.usageschema.examples;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Violation;
import dev.usageschema.examples.providers.ImmutableAnthropicCacheCreation;
import dev.usageschema.examples.providers.ImmutableAnthropicUsage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sum whose parts lie in a nested object: Anthropic's cache-creation split. */
class CrossObjectSumsTest {

    private static ImmutableAnthropicUsage.Builder anthropic(long fiveMinutes, long oneHour) {
        return ImmutableAnthropicUsage.builder().inputTokens(10).outputTokens(20)
                .cacheCreation(ImmutableAnthropicCacheCreation.builder()
                        .ephemeral5mInputTokens(fiveMinutes).ephemeral1hInputTokens(oneHour).build());
    }

    @Test
    void theSplitAddsUpToTheCacheWrites() {
        ImmutableAnthropicUsage usage = anthropic(1000, 500).cacheCreationInputTokens(1500).build();

        assertThat(usage.violations()).isEmpty();
        assertThat(usage.totalTokens()).isEqualTo(1530);
    }

    @Test
    void aSplitThatDoesNotAddUpIsAWarningWithBothParts() {
        List<Violation> violations = anthropic(1000, 400).cacheCreationInputTokens(1500).build().violations();

        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).rule()).isEqualTo(Rule.SUM);
        assertThat(violations.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(violations.get(0).wirePath()).isEqualTo("/cache_creation_input_tokens");
        assertThat(violations.get(0).message()).isEqualTo("cacheCreation.ephemeral5mInputTokens 1000"
                + " + cacheCreation.ephemeral1hInputTokens 400 != cacheCreationInputTokens 1500");
    }

    @Test
    void withoutTheSplitTheRuleIsSkipped() {
        assertThat(ImmutableAnthropicUsage.builder().inputTokens(10).outputTokens(20).cacheCreationInputTokens(7)
                .build().violations()).isEmpty();
    }
}
