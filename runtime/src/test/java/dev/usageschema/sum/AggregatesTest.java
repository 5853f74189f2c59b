package dev.usageschema.sum;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.usageschema.Checkable;
import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.StreamStyle;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.runtime.Property;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collector;
import org.junit.jupiter.api.Test;

/**
 * The aggregates of an adder on a schema of one count: where a sum that breaks the schema's own
 * checks is rejected, how the pieces of a parallel sum are put together when they do not add up,
 * what a nested addition reports, and the bounds and counts of totals and streams.
 */
class AggregatesTest {

    /** The schema: one count, at most 1,000; a sum of 13 breaks a check of the schema's own. */
    interface Count {
        long n();
    }

    /** Its model; a count above 100 is a warning. */
    record Model(long n) implements Count, Checkable {
        @Override
        public List<Violation> violations() {
            return n > 100 ? List.of(new Violation("/n", "n", Rule.RANGE, Severity.WARNING, n, "<= 100", "n " + n + " is high"))
                    : List.of();
        }
    }

    /** Another implementation, checked into the model. */
    record Given(long n) implements Count {
    }

    private static final Property N = Property.of("n", "n");

    /** Made in each test, not once for the class: what a test makes is what it covers. */
    private static Adder<Count, Model> adder() {
        return Adder.of("Count", Model.class, StreamStyle.DELTA, AggregatesTest::check, (first, second, adding) -> {
            long n = adding.add(N, first.n(), second.n(), 1000);
            return n == 13 ? Validated.invalid("Count", List.of(new Violation("/n", "n", Rule.RANGE, Severity.ERROR, n,
                    "not 13", "n 13 is unlucky"))) : Validated.valid("Count", new Model(n), new Model(n).violations());
        });
    }

    private static Validated<Model> check(Count value) {
        return value.n() < 0 ? Validated.invalid("Count", List.of(new Violation("/n", "n", Rule.NON_NEGATIVE,
                Severity.ERROR, value.n(), ">= 0", "n " + value.n() + " is negative"))) : Validated.valid("Count",
                new Model(value.n()), new Model(value.n()).violations());
    }

    private static List<String> said(List<Violation> violations) {
        return violations.stream().map(violation -> violation.rule() + " " + violation.wirePath() + ": "
                + violation.message()).toList();
    }

    private static List<Long> indexes(Total<Count, Model> total) {
        return total.rejected().stream().map(Rejected::index).toList();
    }

    @Test
    void aSumThatBreaksOnlyTheSchemasOwnCheckIsRejectedForThatAlone() {
        Total<Count, Model> total = adder().newTotal().add(new Model(6)).add(new Model(7)).add(new Model(8)).total();

        assertThat(total.sum()).hasValue(new Model(14));
        assertThat(total.rejected()).hasSize(1);
        assertThat(total.rejected().get(0).index()).isEqualTo(1);
        assertThat(said(total.rejected().get(0).violations())).containsExactly("RANGE /n: n 13 is unlucky");
    }

    @Test
    void aValueWhoseAddingFailsIsRejectedForThatWithoutTheWarningsOfTheSumKept() {
        Total<Count, Model> total = adder().newTotal().add(new Model(600)).add(new Model(600)).total();

        assertThat(said(total.rejected().get(0).violations())).containsExactly("OVERFLOW /n: n adds up to 1200, past 1000");
        assertThat(total.sum()).hasValue(new Model(600));
        assertThat(said(total.warnings())).containsExactly("RANGE /n: n 600 is high");
    }

    @Test
    void aPieceOfAParallelSumThatDoesNotAddUpIsRejectedWholeAtItsFirstAcceptedIndexAmongTheRest() {
        // Left 10 and -1; right -1, 495, 500, -1: the right piece's sum 995 overflows the left's 10 plus it.
        Total<Count, Model> total = split(List.of(new Given(10), new Given(-1)),
                List.of(new Given(-1), new Given(495), new Given(500), new Given(-1)));

        assertThat(total.sum()).hasValue(new Model(10));
        assertThat(indexes(total)).containsExactly(1L, 2L, 3L, 5L).inOrder();
        Rejected<Count> piece = total.rejected().get(2);
        assertThat(piece.count()).isEqualTo(2);
        assertThat(piece.value()).hasValue(new Model(995));
        assertThat(total.acceptedCount()).isEqualTo(1);
        assertThat(total.rejectedCount()).isEqualTo(5);

        // The piece's first accepted value after every value it rejected.
        Total<Count, Model> last = split(List.of(new Given(10)), List.of(new Given(-1), new Given(995)));
        assertThat(indexes(last)).containsExactly(1L, 2L).inOrder();
        assertThat(last.rejected().get(1).value()).hasValue(new Model(995));
    }

    @Test
    void aPieceThatBeganWithoutASumCountsItsFirstAcceptedIndexFromTheWholeStream() {
        Collector<Count, ?, Total<Count, Model>> summing = adder().summing();
        Total<Count, Model> total = combineThree(summing, List.of(new Given(600)), List.of(new Given(-1), new Given(-1)),
                List.of(new Given(-1), new Given(500)));

        // 600 | -1 -1 | -1 500: the later pieces' sum, 500, begins at index 4 and overflows 600 plus it.
        assertThat(indexes(total)).containsExactly(1L, 2L, 3L, 4L).inOrder();
        assertThat(total.rejected().get(3).value()).hasValue(new Model(500));
    }

    private static Total<Count, Model> split(List<Count> left, List<Count> right) {
        return combine(adder().summing(), left, right);
    }

    private static <A> Total<Count, Model> combine(Collector<Count, A, Total<Count, Model>> summing, List<Count> left,
            List<Count> right) {
        return summing.finisher().apply(summing.combiner().apply(fill(summing, left), fill(summing, right)));
    }

    private static <A> Total<Count, Model> combineThree(Collector<Count, A, Total<Count, Model>> summing,
            List<Count> first, List<Count> second, List<Count> third) {
        A later = summing.combiner().apply(fill(summing, second), fill(summing, third));
        return summing.finisher().apply(summing.combiner().apply(fill(summing, first), later));
    }

    private static <A> A fill(Collector<Count, A, Total<Count, Model>> summing, List<Count> values) {
        A state = summing.supplier().get();
        values.forEach(value -> summing.accumulator().accept(state, value));
        return state;
    }

    @Test
    void plusRejectsANullFirstValueAtItsIndex() {
        Validated<Model> sum = adder().plus(null, new Model(1));

        assertThat(said(sum.violations())).containsExactly("NOT_NULL /0: the Count to add is null");
        assertThat(adder().plus(new Model(2), new Given(3)).orElseThrow()).isEqualTo(new Model(5));
    }

    @Test
    void aNestedAdditionsViolationsAreMovedUnderTheNestedPropertyAndTheFirstIsKept() {
        Property inner = Property.of("inner", "inner");
        Adding unlucky = new Adding();
        assertThat(adder().add(new Model(6), new Model(7), unlucky, inner)).isEqualTo(new Model(6));
        assertThat(said(unlucky.found())).containsExactly("RANGE /inner/n: n 13 is unlucky");

        Adding overflow = new Adding();
        assertThat(adder().add(new Model(600), new Model(600), overflow, inner)).isEqualTo(new Model(600));
        assertThat(said(overflow.found())).containsExactly("OVERFLOW /inner/n: n adds up to 1200, past 1000");
    }

    @Test
    void aCumulativeDecimalThatGoesDownIsADecreaseAndIsTakenAsItIs() {
        Property cost = Property.of("cost", "cost");
        Adding adding = new Adding(true, Severity.ERROR);

        assertThat(adding.addDecimal(cost, new BigDecimal("1.5"), new BigDecimal("1.5"))).isEqualTo(new BigDecimal("1.5"));
        assertThat(adding.addDecimal(cost, new BigDecimal("1.5"), new BigDecimal("2.0"))).isEqualTo(new BigDecimal("2.0"));
        assertThat(adding.found()).isEmpty();
        assertThat(adding.addDecimal(cost, new BigDecimal("1.5"), new BigDecimal("1.2"))).isEqualTo(new BigDecimal("1.2"));
        assertThat(said(adding.found())).containsExactly("COUNT_DECREASED /cost: cost went down from 1.5 to 1.2; in a"
                + " cumulative stream each chunk's usage is the usage so far");
    }

    @Test
    void aStreamKeepsAsManyRejectedChunksAsItsAdderSaysAndCountsEveryChunk() {
        UsageStream<Count, Model> stream = adder().keepingRejected(1).newStream().chunk(new Given(-1)).chunk(null)
                .chunk(new Given(-2)).chunk(new Given(4));

        assertThat(stream.chunks()).isEqualTo(4);
        Total<Count, Model> total = stream.finish();
        assertThat(total.rejected()).hasSize(1);
        assertThat(total.rejectedCount()).isEqualTo(2);
        assertThat(total.schema()).isEqualTo("Count");
    }

    @Test
    void aTotalHasASumExactlyWhenItAcceptedAValueAndSaysWhich() {
        Violation nothing = new Violation("", "", Rule.NOT_ADDABLE, Severity.ERROR, null, "a Count", "no Count");

        assertThat(assertThrows(IllegalArgumentException.class, () -> Total.of("Count", null, List.of(), 1, 0, List.of(),
                nothing))).hasMessageThat().isEqualTo("a total has a sum exactly when it accepted a value, not 1 without one");
        assertThat(assertThrows(IllegalArgumentException.class, () -> Total.of("Count", new Model(1), List.of(), 0, 0,
                List.of(), nothing))).hasMessageThat().isEqualTo("a total has a sum exactly when it accepted a value, not 0 with one");
    }

    @Test
    void addingToAClosedGroupsTotalSaysItWasNotAddedAndAddsNothing() {
        UsageTotal<Count, Model> total = adder().newTotal();
        total.close();

        assertThat(total.addIfOpen(null, new Model(1), Validated.valid("Count", new Model(1), List.of()))).isFalse();
        assertThat(total.total().acceptedCount()).isEqualTo(0);
    }

    @Test
    void groupedTotalsAddAndSayThemselves() {
        GroupedTotals<String, Count, Model> totals = adder().newGroupedTotals();

        assertThat(totals.add("a", new Model(1))).isSameInstanceAs(totals);
        assertThat(totals.add("a", "request-2", new Model(2))).isSameInstanceAs(totals);
        assertThat(totals.total("a").sum()).hasValue(new Model(3));
    }
}
