package dev.usageschema.examples.totals;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Rule;
import dev.usageschema.Validated;
import dev.usageschema.examples.Demo;
import dev.usageschema.examples.providers.ImmutableAnthropicStreamUsage;
import dev.usageschema.examples.providers.ImmutableOpenAiChatUsage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The examples of adding usage up: a gateway's daily totals, and an Anthropic stream read with databind. */
class TotalsExamplesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    private static ImmutableOpenAiChatUsage usage(long prompt, long completion) {
        return ImmutableOpenAiChatUsage.builder().promptTokens(prompt).completionTokens(completion)
                .totalTokens(prompt + completion).build();
    }

    @Test
    void eachUserAndDayHasItsOwnTotalAddedFromManyThreads() {
        DailyTotals totals = new DailyTotals();
        IntStream.range(0, 2_000).parallel().forEach(call -> totals.record(call % 2 == 0 ? "ada" : "bob",
                call < 1_000 ? DAY : DAY.plusDays(1), usage(3, 1)));

        assertThat(totals.total("ada", DAY).orElseThrow().totalTokens()).isEqualTo(500 * 4);
        assertThat(totals.total("bob", DAY.plusDays(1)).orElseThrow().promptTokens()).isEqualTo(500 * 3);
        assertThat(totals.total("eve", DAY).violations().get(0).rule()).isEqualTo(Rule.NOT_ADDABLE);
    }

    @Test
    void theAnthropicExampleStreamMakesOneUsage() {
        List<String> events = new String(Demo.example("streams/anthropic-message.jsonl"), StandardCharsets.UTF_8)
                .lines().toList();

        Validated<ImmutableAnthropicStreamUsage> usage = AnthropicStream.usage(events);

        assertThat(usage.violations()).isEmpty();
        assertThat(usage.orElseThrow().inputTokens()).isEqualTo(OptionalLong.of(472));
        assertThat(usage.orElseThrow().outputTokens()).isEqualTo(15);
        assertThat(usage.orElseThrow().totalTokens()).isEqualTo(472 + 15 + 1200);
    }
}
