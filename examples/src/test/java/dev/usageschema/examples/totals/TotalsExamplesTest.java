package dev.usageschema.examples.totals;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Rule;
import dev.usageschema.examples.Demo;
import dev.usageschema.jackson2.UsageJson;
import dev.usageschema.providers.Providers;
import dev.usageschema.providers.anthropic.ImmutableMessagesUsage;
import dev.usageschema.providers.anthropic.MessagesUsage;
import dev.usageschema.providers.openai.ChatUsage;
import dev.usageschema.providers.openai.ImmutableChatUsage;
import dev.usageschema.sum.Rejected;
import dev.usageschema.sum.Total;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The examples of adding usage up: a gateway's daily totals, a wrong call set aside, and an Anthropic stream read with databind. */
class TotalsExamplesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    private static ImmutableChatUsage usage(long prompt, long completion) {
        return ImmutableChatUsage.builder().promptTokens(prompt).completionTokens(completion)
                .totalTokens(prompt + completion).build();
    }

    @Test
    void eachUserAndDayHasItsOwnTotalAddedFromManyThreads() {
        DailyTotals totals = new DailyTotals();
        IntStream.range(0, 2_000).parallel().forEach(call -> totals.record(call % 2 == 0 ? "ada" : "bob",
                call < 1_000 ? DAY : DAY.plusDays(1), "req-" + call, usage(3, 1)));

        assertThat(totals.total("ada", DAY).sum().orElseThrow().totalTokens()).isEqualTo(500 * 4);
        assertThat(totals.total("bob", DAY.plusDays(1)).sum().orElseThrow().promptTokens()).isEqualTo(500 * 3);
        assertThat(totals.total("eve", DAY).sum()).isEmpty();
        assertThat(totals.total("eve", DAY).allOrNothing().violations().get(0).rule()).isEqualTo(Rule.NOT_ADDABLE);
    }

    @Test
    void aWrongCallIsSetAsideWithItsRequestIdAndTheDaysTotalIsStillThere() {
        DailyTotals totals = new DailyTotals();
        totals.record("ada", DAY, "req-1", usage(10, 5));
        totals.record("ada", DAY, "req-2", usage(10, 5));
        totals.record("ada", DAY, "req-3", new ReportedUsage(10, 5, 99));
        totals.record("ada", DAY, "req-4", usage(10, 5));
        totals.record("bob", DAY.plusDays(1), "req-5", usage(1, 1));

        Total<ChatUsage, ImmutableChatUsage> day = totals.total("ada", DAY);
        assertThat(day.sum()).hasValue(usage(30, 15));
        assertThat(day.acceptedCount()).isEqualTo(3);
        Rejected<ChatUsage> wrong = day.rejected().get(0);
        assertThat(wrong.key()).hasValue("req-3");
        assertThat(wrong.index()).isEqualTo(2);
        assertThat(wrong.errors().get(0).message()).isEqualTo("promptTokens 10 + completionTokens 5 != totalTokens 99");

        Map<String, Total<ChatUsage, ImmutableChatUsage>> ended = totals.endDay(DAY);
        assertThat(ended.keySet()).containsExactly("ada");
        assertThat(ended.get("ada").sum()).hasValue(usage(30, 15));
        assertThat(totals.total("ada", DAY).acceptedCount()).isEqualTo(0);
        assertThat(totals.total("bob", DAY.plusDays(1)).acceptedCount()).isEqualTo(1);
    }

    /** A usage as the caller's own class reports it, here with a total that is not its parts' sum. */
    private record ReportedUsage(long promptTokens, long completionTokens, long totalTokens) implements ChatUsage {
        @Override
        public Optional<PromptDetails> promptTokensDetails() {
            return Optional.empty();
        }

        @Override
        public Optional<CompletionDetails> completionTokensDetails() {
            return Optional.empty();
        }
    }

    @Test
    void theAnthropicExampleStreamMakesOneUsage() {
        List<String> events = new String(Demo.example("streams/anthropic-message.jsonl"), StandardCharsets.UTF_8)
                .lines().toList();

        Total<MessagesUsage, ImmutableMessagesUsage> usage = AnthropicStream.usage(events);

        assertThat(usage.warnings()).isEmpty();
        assertThat(usage.rejected()).isEmpty();
        ImmutableMessagesUsage sum = usage.sum().orElseThrow();
        assertThat(sum.inputTokens()).isEqualTo(OptionalLong.of(472));
        assertThat(sum.outputTokens()).isEqualTo(15);
        assertThat(sum.totalTokens()).isEqualTo(472 + 15 + 1200);
    }

    @Test
    void theSameStreamAsServerSentEventsReadThroughTheCatalogueMakesTheSameUsage() {
        List<String> events = new String(Demo.example("streams/anthropic-message.jsonl"), StandardCharsets.UTF_8)
                .lines().toList();

        Total<MessagesUsage, ImmutableMessagesUsage> read = UsageJson.standard().tryReadStream(
                new ByteArrayInputStream(Demo.example("streams/anthropic-message.sse")),
                Providers.ANTHROPIC_MESSAGES.usageSurface());

        assertThat(read.warnings()).isEmpty();
        assertThat(read.rejected()).isEmpty();
        assertThat(read.acceptedCount()).isEqualTo(2);
        assertThat(read.sum()).isEqualTo(AnthropicStream.usage(events).sum());
    }
}
