package dev.usageschema.examples.sum;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.examples.providers.ImmutableOpenAiChatUsage;
import dev.usageschema.examples.providers.ImmutableOpenAiPromptDetails;
import dev.usageschema.examples.providers.OpenAiChatUsage;
import dev.usageschema.sum.Adder;
import dev.usageschema.sum.GroupedTotals;
import dev.usageschema.sum.Rejected;
import dev.usageschema.sum.Total;
import dev.usageschema.sum.UsageTotal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.stream.Collector;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Totals against plain bookkeeping: for any mix of valid and invalid values in any order, summed
 * in one piece or split into any pieces combined in any order (as parallel streams do), in a
 * parallel stream, a running total and grouped totals, the sum is the sum of the valid values, the
 * rejected side holds exactly the invalid ones at their indices, and the two counts add up to the
 * number of values.
 */
class TotalPropertyTest {

    private static final Adder<OpenAiChatUsage, ImmutableOpenAiChatUsage> ADDER = ImmutableOpenAiChatUsage.adder();

    /** A value and whether it is valid, as it was made. */
    record Call(OpenAiChatUsage usage, boolean valid) {
        @Override
        public String toString() {
            return (valid ? "valid " : "invalid ") + usage;
        }
    }

    @Provide
    Arbitrary<Call> calls() {
        Arbitrary<Long> counts = Arbitraries.longs().between(0, 1L << 40).edgeCases(edges -> edges.includeOnly(0L));
        Arbitrary<Call> models = Combinators.combine(counts, counts, Arbitraries.integers().between(0, 2))
                .as((prompt, completion, cached) -> {
                    ImmutableOpenAiChatUsage.Builder usage = ImmutableOpenAiChatUsage.builder().promptTokens(prompt)
                            .completionTokens(completion).totalTokens(prompt + completion);
                    if (cached > 0) {
                        usage.promptTokensDetails(ImmutableOpenAiPromptDetails.builder().cachedTokens(prompt / cached)
                                .build());
                    }
                    return new Call(usage.build(), true);
                });
        Arbitrary<Call> handMade = Combinators.combine(counts, counts)
                .as((prompt, completion) -> new Call(ReportedUsage.right(prompt, completion), true));
        Arbitrary<Call> wrongTotal = Combinators.combine(counts, counts, Arbitraries.longs().between(1, 5))
                .as((prompt, completion, off) -> new Call(new ReportedUsage(prompt, completion, prompt + completion + off),
                        false));
        Arbitrary<Call> negative = counts.map(completion -> new Call(new ReportedUsage(-1, completion, completion - 1),
                false));
        Arbitrary<Call> none = Arbitraries.just(new Call(null, false));
        return Arbitraries.frequencyOf(Tuple.of(4, models), Tuple.of(2, handMade), Tuple.of(3, wrongTotal),
                Tuple.of(1, negative), Tuple.of(1, none));
    }

    /** The sum of the valid values, added one pair at a time. */
    private static Optional<ImmutableOpenAiChatUsage> validSum(List<Call> calls) {
        return calls.stream().filter(Call::valid).map(call -> ImmutableOpenAiChatUsage.builder().from(call.usage())
                .build()).reduce(ImmutableOpenAiChatUsage::plus);
    }

    private static void assertTheTotalKeepsTheValidApartFromTheInvalid(List<Call> calls,
            Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> total) {
        assertThat(total.sum()).isEqualTo(validSum(calls));
        assertThat(total.sum().map(ImmutableOpenAiChatUsage::totalTokens).orElse(0L)).isEqualTo(calls.stream()
                .filter(Call::valid).mapToLong(call -> call.usage().totalTokens()).sum());
        List<Long> invalidAt = new ArrayList<>();
        List<OpenAiChatUsage> invalid = new ArrayList<>();
        for (int index = 0; index < calls.size(); index++) {
            if (!calls.get(index).valid()) {
                invalidAt.add((long) index);
                invalid.add(calls.get(index).usage());
            }
        }
        assertThat(total.rejected().stream().map(Rejected::index).toList()).isEqualTo(invalidAt);
        List<OpenAiChatUsage> given = new ArrayList<>();
        total.rejected().forEach(rejected -> given.add(rejected.value().orElse(null)));
        for (int at = 0; at < invalid.size(); at++) {
            assertThat(given.get(at)).isSameInstanceAs(invalid.get(at));
        }
        assertThat(total.rejected().stream().allMatch(rejected -> rejected.count() == 1)).isTrue();
        assertThat(total.acceptedCount()).isEqualTo(calls.size() - invalid.size());
        assertThat(total.rejectedCount()).isEqualTo(invalid.size());
        assertThat(total.acceptedCount() + total.rejectedCount()).isEqualTo(calls.size());
    }

    @Property(tries = 400)
    void anyMixSummedInAnySplitKeepsTheValidApartFromTheInvalid(@Size(max = 40) @ForAll List<@From("calls") Call> calls,
            @ForAll List<@IntRange(min = 0, max = 40) Integer> cuts,
            @ForAll List<@IntRange(min = 0, max = 1_000) Integer> order) {
        assertTheTotalKeepsTheValidApartFromTheInvalid(calls, split(ADDER.summing(), usages(calls), cuts, order));
        assertTheTotalKeepsTheValidApartFromTheInvalid(calls, usages(calls).parallelStream().collect(ADDER.summing()));
        UsageTotal<OpenAiChatUsage, ImmutableOpenAiChatUsage> running = ADDER.newTotal();
        usages(calls).forEach(running::add);
        assertTheTotalKeepsTheValidApartFromTheInvalid(calls, running.total());
        GroupedTotals<Boolean, OpenAiChatUsage, ImmutableOpenAiChatUsage> grouped = ADDER.newGroupedTotals();
        usages(calls).forEach(usage -> grouped.add(true, usage));
        assertTheTotalKeepsTheValidApartFromTheInvalid(calls, grouped.total(true));
    }

    @Property(tries = 200)
    void theRejectedSideKeepsTheFirstInvalidValuesInAnySplit(@Size(max = 40) @ForAll List<@From("calls") Call> calls,
            @ForAll List<@IntRange(min = 0, max = 40) Integer> cuts,
            @ForAll List<@IntRange(min = 0, max = 1_000) Integer> order, @ForAll @IntRange(max = 5) int kept) {
        Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> all = usages(calls).stream().collect(ADDER.summing());
        Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> first = split(ADDER.keepingRejected(kept).summing(),
                usages(calls), cuts, order);

        assertThat(first.rejected().stream().map(Rejected::index).toList()).isEqualTo(all.rejected().stream()
                .limit(kept).map(Rejected::index).toList());
        assertThat(first.rejectedCount()).isEqualTo(all.rejectedCount());
        assertThat(first.sum()).isEqualTo(all.sum());
    }

    /** The values as given, {@code null} among them. */
    private static List<OpenAiChatUsage> usages(List<Call> calls) {
        List<OpenAiChatUsage> usages = new ArrayList<>();
        calls.forEach(call -> usages.add(call.usage()));
        return usages;
    }

    /**
     * The collector run on the pieces that {@code cuts} makes of {@code values}, the pieces combined
     * two neighbours at a time, each time the pair {@code order} picks, as a parallel stream may.
     */
    private static <T, A, R> R split(Collector<T, A, R> collector, List<T> values, List<Integer> cuts,
            List<Integer> order) {
        TreeSet<Integer> at = new TreeSet<>();
        cuts.forEach(cut -> at.add(Math.min(cut, values.size())));
        at.add(values.size());
        BiConsumer<A, T> accumulator = collector.accumulator();
        List<A> pieces = new ArrayList<>();
        int from = 0;
        for (int to : at) {
            A piece = collector.supplier().get();
            values.subList(from, to).forEach(value -> accumulator.accept(piece, value));
            pieces.add(piece);
            from = to;
        }
        BinaryOperator<A> combiner = collector.combiner();
        for (int step = 0; pieces.size() > 1; step++) {
            int pair = order.isEmpty() ? 0 : order.get(step % order.size()) % (pieces.size() - 1);
            pieces.set(pair, combiner.apply(pieces.get(pair), pieces.remove(pair + 1)));
        }
        return collector.finisher().apply(pieces.get(0));
    }
}
