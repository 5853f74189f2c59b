package dev.usageschema.examples;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Rule;
import dev.usageschema.Violation;
import dev.usageschema.examples.providers.GatewayUsageRecord;
import dev.usageschema.examples.providers.ImmutableGroqUsage;
import dev.usageschema.examples.providers.ImmutableOllamaUsage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Durations, seconds and other numbers that are not counts: free of count rules, not free of their range. */
class NonCountNumbersTest {

    private static ImmutableGroqUsage.Builder groq() {
        return ImmutableGroqUsage.builder().promptTokens(10).completionTokens(5).totalTokens(15);
    }

    @Test
    void fractionsOfASecondAreValidTimes() {
        ImmutableGroqUsage usage = groq().queueTime(0.0123).promptTime(0.004).completionTime(0.25).totalTime(0.2663).build();

        assertThat(usage.promptTime().getAsDouble()).isEqualTo(0.004);
        assertThat(usage.violations()).isEmpty();
    }

    @Test
    void aNegativeTimeIsARangeViolationAtItsPath() {
        List<Violation> violations = groq().promptTime(-0.5).violations();

        assertThat(violations).hasSize(1);
        Violation negative = violations.get(0);
        assertThat(negative.rule()).isEqualTo(Rule.RANGE);
        assertThat(negative.wirePath()).isEqualTo("/prompt_time");
        assertThat(negative.message()).isEqualTo("promptTime -0.5 is outside [0, Infinity]");
    }

    @Test
    void notANumberAndInfinityAreRejectedByDefault() {
        List<Violation> violations = groq().queueTime(Double.NaN).totalTime(Double.POSITIVE_INFINITY).violations();

        assertThat(violations.stream().map(Violation::rule).toList()).containsExactly(Rule.FINITE, Rule.FINITE);
        assertThat(violations.stream().map(Violation::wirePath).toList()).containsExactly("/queue_time", "/total_time");
    }

    @Test
    void wholeNanosecondDurationsHaveAMinimumToo() {
        assertThat(ImmutableOllamaUsage.builder().promptEvalCount(26).evalCount(298)
                .totalDuration(5_191_566_416L).loadDuration(2_154_458L).build().violations()).isEmpty();

        List<Violation> violations = ImmutableOllamaUsage.builder().totalDuration(-1).violations();
        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).rule()).isEqualTo(Rule.RANGE);
        assertThat(violations.get(0).wirePath()).isEqualTo("/total_duration");
    }

    @Test
    void aMaximumBoundsFromAbove() {
        List<Violation> violations = GatewayUsageRecord.builder()
                .model("m").requestId("r-1").promptTokens(1).completionTokens(1).retries(11).latencySeconds(0.5)
                .violations();

        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).message()).isEqualTo("retries 11 is outside [0, 10]");
    }
}
