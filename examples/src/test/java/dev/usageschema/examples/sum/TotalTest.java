package dev.usageschema.examples.sum;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.usageschema.Rule;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.examples.providers.ImmutableOpenAiChatUsage;
import dev.usageschema.examples.providers.OpenAiChatUsage;
import dev.usageschema.sum.Adder;
import dev.usageschema.sum.GroupedTotals;
import dev.usageschema.sum.Rejected;
import dev.usageschema.sum.Total;
import dev.usageschema.sum.UsageTotal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * A total keeps the sum of the good values apart from the bad ones: two good calls, one whose
 * {@code total_tokens} is 99 instead of 15, one more good call give the sum of the three good ones
 * and the bad one with its violation, through every aggregate.
 */
class TotalTest {

    private static final Adder<OpenAiChatUsage, ImmutableOpenAiChatUsage> ADDER = ImmutableOpenAiChatUsage.adder();

    /** Two good calls, a third whose total is 99 instead of 15, a fourth good one. */
    private static final List<OpenAiChatUsage> CALLS = List.of(ReportedUsage.right(10, 5), ReportedUsage.right(20, 8),
            new ReportedUsage(10, 5, 99), ReportedUsage.right(1, 2));

    private static final ImmutableOpenAiChatUsage GOOD_SUM = ImmutableOpenAiChatUsage.builder().promptTokens(31)
            .completionTokens(15).totalTokens(46).build();

    /** The total of {@link #CALLS}: the three good calls summed, the third call set aside with its violation. */
    private static void assertTheBadCallIsSetAside(Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> total, Object key) {
        assertThat(total.sum()).hasValue(GOOD_SUM);
        assertThat(total.acceptedCount()).isEqualTo(3);
        assertThat(total.rejectedCount()).isEqualTo(1);
        Rejected<OpenAiChatUsage> bad = total.rejected().get(0);
        assertThat(total.rejected()).hasSize(1);
        assertThat(bad.index()).isEqualTo(2);
        assertThat(bad.key().orElse(null)).isEqualTo(key);
        assertThat(bad.value().orElseThrow()).isSameInstanceAs(CALLS.get(2));
        assertThat(bad.count()).isEqualTo(1);
        assertThat(where(bad)).containsExactly("SUM /total_tokens");
        assertThat(bad.violations().get(0).message()).isEqualTo("promptTokens 10 + completionTokens 5 != totalTokens 99");
    }

    private static List<String> where(Rejected<?> rejected) {
        return rejected.violations().stream().map(violation -> violation.rule() + " " + violation.wirePath()).toList();
    }

    @Test
    void theCollectorSumsTheGoodCallsAndSetsTheBadOneAside() {
        assertTheBadCallIsSetAside(CALLS.stream().collect(ADDER.summing()), null);
        assertTheBadCallIsSetAside(CALLS.parallelStream().collect(ADDER.summing()), null);
    }

    @Test
    void aRunningTotalSumsTheGoodCallsAndSetsTheBadOneAsideWithItsKey() {
        UsageTotal<OpenAiChatUsage, ImmutableOpenAiChatUsage> total = ADDER.newTotal();
        for (int call = 0; call < CALLS.size(); call++) {
            total.add("req-" + call, CALLS.get(call));
        }

        assertTheBadCallIsSetAside(total.total(), "req-2");
        // Later good values always add.
        total.add(ReportedUsage.right(1, 1));
        assertThat(total.total().sum().orElseThrow().totalTokens()).isEqualTo(48);
        assertThat(total.total().acceptedCount()).isEqualTo(4);
    }

    @Test
    void groupedTotalsSumTheGoodCallsOfEachGroupAndSetTheBadOneAside() {
        GroupedTotals<String, OpenAiChatUsage, ImmutableOpenAiChatUsage> totals = ADDER.newGroupedTotals();
        for (int call = 0; call < CALLS.size(); call++) {
            totals.add("ada", "req-" + call, CALLS.get(call));
            totals.add("bob", ReportedUsage.right(1, 1));
        }

        assertTheBadCallIsSetAside(totals.total("ada"), "req-2");
        assertThat(totals.total("bob").sum().orElseThrow().totalTokens()).isEqualTo(8);
        assertThat(totals.total("bob").rejected()).isEmpty();
        Map<String, Total<OpenAiChatUsage, ImmutableOpenAiChatUsage>> snapshot = totals.snapshot();
        assertThat(snapshot.keySet()).containsExactly("ada", "bob");
        assertTheBadCallIsSetAside(snapshot.get("ada"), "req-2");
        Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> nobody = totals.total("eve");
        assertThat(nobody.sum()).isEmpty();
        assertThat(nobody.acceptedCount() + nobody.rejectedCount()).isEqualTo(0);
    }

    @Test
    void aValueThatWouldOverflowTheSumIsRejectedAndLaterValuesStillAdd() {
        List<OpenAiChatUsage> values = List.of(ReportedUsage.right(Long.MAX_VALUE - 10, 0), ReportedUsage.right(11, 0),
                ReportedUsage.right(4, 0));

        for (Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> total : List.of(values.stream().collect(ADDER.summing()),
                running(values).total())) {
            assertThat(total.sum().orElseThrow().promptTokens()).isEqualTo(Long.MAX_VALUE - 6);
            assertThat(total.rejected()).hasSize(1);
            assertThat(total.rejected().get(0).index()).isEqualTo(1);
            assertThat(where(total.rejected().get(0))).containsExactly("OVERFLOW /prompt_tokens",
                    "OVERFLOW /total_tokens").inOrder();
            assertThat(total.rejected().get(0).violations().get(0).actual().toString()).isEqualTo("9223372036854775808");
        }
    }

    private static UsageTotal<OpenAiChatUsage, ImmutableOpenAiChatUsage> running(List<OpenAiChatUsage> values) {
        UsageTotal<OpenAiChatUsage, ImmutableOpenAiChatUsage> total = ADDER.newTotal();
        values.forEach(total::add);
        return total;
    }

    @Test
    void theRejectedSideKeepsTheFirstValuesAndCountsTheRest() {
        List<OpenAiChatUsage> values = new ArrayList<>();
        for (int call = 0; call < 1_000; call++) {
            values.add(call % 2 == 0 ? ReportedUsage.right(1, 1) : new ReportedUsage(1, 1, call));
        }
        Adder<OpenAiChatUsage, ImmutableOpenAiChatUsage> keepingThree = ADDER.keepingRejected(3);

        for (Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> total : List.of(
                values.stream().collect(keepingThree.summing()), values.parallelStream().collect(keepingThree.summing()))) {
            assertThat(total.rejected().stream().map(Rejected::index).toList()).containsExactly(1L, 3L, 5L).inOrder();
            assertThat(total.rejectedCount()).isEqualTo(500);
            assertThat(total.acceptedCount()).isEqualTo(500);
            assertThat(total.sum().orElseThrow().totalTokens()).isEqualTo(1_000);
        }
        Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> countOnly = values.stream()
                .collect(ADDER.keepingRejected(0).summing());
        assertThat(countOnly.rejected()).isEmpty();
        assertThat(countOnly.rejectedCount()).isEqualTo(500);
        assertThat(countOnly.allOrNothing().violations().get(0).message())
                .isEqualTo("500 more rejected values, beyond those the total keeps");

        assertThrows(IllegalArgumentException.class, () -> ADDER.keepingRejected(-1));
    }

    @Test
    void aPieceOfAParallelStreamWhoseSumDoesNotAddIsSetAsideWhole() {
        // Two pieces, as a parallel stream splits: the first says model m, the second x; m and x do not agree.
        Total<CallUsage, ImmutableCallUsage> total = inTwoPieces(ImmutableCallUsage.adder().summing(),
                List.of(call("m"), call("m")), Arrays.asList(call("x"), null, call("x")));

        assertThat(total.sum().orElseThrow().input()).isEqualTo(2);
        assertThat(total.acceptedCount()).isEqualTo(2);
        assertThat(total.rejectedCount()).isEqualTo(3);
        List<Rejected<CallUsage>> rejected = total.rejected();
        assertThat(rejected).hasSize(2);
        assertThat(rejected.get(0).index()).isEqualTo(2);
        assertThat(rejected.get(0).count()).isEqualTo(2);
        assertThat(((ImmutableCallUsage) rejected.get(0).value().orElseThrow()).input()).isEqualTo(2);
        assertThat(where(rejected.get(0))).containsExactly("MISMATCH /model");
        // The null in the second piece keeps its own index, after the piece's first value.
        assertThat(rejected.get(1).index()).isEqualTo(3);
        assertThat(where(rejected.get(1))).containsExactly("NOT_NULL ");
    }

    private static ImmutableCallUsage call(String model) {
        return ImmutableCallUsage.builder().input(1).output(0).total(1).model(model).seconds(0)
                .build();
    }

    /** The collector run as a parallel stream runs it on two pieces, {@code first} then {@code second}. */
    static <T, A, R> R inTwoPieces(Collector<T, A, R> collector, List<? extends T> first, List<? extends T> second) {
        BiConsumer<A, T> accumulator = collector.accumulator();
        A left = collector.supplier().get();
        first.forEach(value -> accumulator.accept(left, value));
        A right = collector.supplier().get();
        second.forEach(value -> accumulator.accept(right, value));
        BinaryOperator<A> combiner = collector.combiner();
        Function<A, R> finisher = collector.finisher();
        return finisher.apply(combiner.apply(left, right));
    }

    @Test
    void groupedTotalsFromManyThreadsLoseNoValueWhileGroupsAreRemoved() throws InterruptedException {
        GroupedTotals<Integer, OpenAiChatUsage, ImmutableOpenAiChatUsage> totals = ADDER.newGroupedTotals();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Total<OpenAiChatUsage, ImmutableOpenAiChatUsage>> removed = new ArrayList<>();
        for (int call = 0; call < 20_000; call++) {
            int user = call % 3;
            boolean bad = user == 2 && call % 7 == 0;
            threads.execute(() -> totals.add(user, bad ? new ReportedUsage(1, 1, 3) : ReportedUsage.right(1, 1)));
            if (call % 1_000 == 0) {
                removed.add(totals.remove(0));
            }
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        removed.add(totals.remove(0));

        long userZero = removed.stream().mapToLong(Total::acceptedCount).sum();
        assertThat(userZero).isEqualTo(6_667);
        assertThat(removed.stream().mapToLong(total -> total.sum().map(ImmutableOpenAiChatUsage::totalTokens).orElse(0L))
                .sum()).isEqualTo(2 * 6_667);
        Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> two = totals.total(2);
        long bad = IntStream.range(0, 20_000).filter(call -> call % 3 == 2 && call % 7 == 0).count();
        assertThat(two.rejectedCount()).isEqualTo(bad);
        assertThat(two.acceptedCount()).isEqualTo(6_666 - bad);
        assertThat(two.sum().orElseThrow().totalTokens()).isEqualTo(2 * (6_666 - bad));
        assertThat(two.rejected()).hasSize(Adder.KEPT);
        assertThat(totals.total(1).sum().orElseThrow().totalTokens()).isEqualTo(2 * 6_667);
        assertThat(totals.snapshot().keySet()).containsExactly(1, 2);
    }

    @Test
    void allOrNothingGivesTheSumOnlyWhenNoValueWasRejected() {
        Validated<ImmutableOpenAiChatUsage> spoiled = CALLS.stream().collect(ADDER.summing()).allOrNothing();
        assertThat(spoiled.isValid()).isFalse();
        assertThat(spoiled.violations().stream().map(Violation::wirePath).toList()).containsExactly("/2/total_tokens");

        Validated<ImmutableOpenAiChatUsage> whole = CALLS.stream().filter(call -> call != CALLS.get(2))
                .collect(ADDER.summing()).allOrNothing();
        assertThat(whole.orElseThrow()).isEqualTo(GOOD_SUM);

        Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> none = LongStream.range(0, 0).mapToObj(
                i -> (OpenAiChatUsage) ReportedUsage.right(i, i)).collect(ADDER.summing());
        assertThat(none.sum()).isEmpty();
        assertThat(none.allOrNothing().violations().get(0).rule()).isEqualTo(Rule.NOT_ADDABLE);
    }

    @Test
    void aNullValueIsRejectedAtItsIndex() {
        UsageTotal<OpenAiChatUsage, ImmutableOpenAiChatUsage> total = ADDER.newTotal().add(ReportedUsage.right(1, 1))
                .add("req-1", null);

        Rejected<OpenAiChatUsage> rejected = total.total().rejected().get(0);
        assertThat(rejected.value()).isEmpty();
        assertThat(rejected.key()).hasValue("req-1");
        assertThat(rejected.index()).isEqualTo(1);
        assertThat(rejected.violations().get(0).rule()).isEqualTo(Rule.NOT_NULL);
    }

    @Test
    void aTotalSaysWhatItHolds() {
        Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> total = IntStream.range(0, 4).mapToObj(CALLS::get)
                .collect(ADDER.keepingRejected(0).summing());

        assertThat(total.toString()).isEqualTo("Total[OpenAiChatUsage: 3 accepted, 1 rejected; sum " + GOOD_SUM
                + ", 1 more rejected not kept]");
        assertThat(CALLS.stream().collect(ADDER.summing()).toString()).endsWith(", rejected [#2: " + CALLS.get(2)
                + " [ERROR SUM at /total_tokens: promptTokens 10 + completionTokens 5 != totalTokens 99]]]");
    }
}
