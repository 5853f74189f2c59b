package dev.usageschema.sum;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.AbsentInSum;
import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.runtime.Counts;
import dev.usageschema.runtime.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One addition, as generated {@code $add} methods walk it: sums exact up to the bound of each type
 * and an overflow one past it, what must agree, what a property's presence makes of it, and a
 * cumulative stream's later values.
 */
class AddingTest {

    private static final Property COUNT = Property.of("promptTokens", "prompt_tokens");
    private static final Property NUMBER = Property.of("balance", "balance");
    private static final Property MODEL = Property.of("model", "model");

    private static List<String> found(Adding adding) {
        return adding.found().stream().map(violation -> violation.rule() + " " + violation.wirePath() + ": "
                + violation.message()).toList();
    }

    // ---- counts

    @Test
    void countsAddUpToTheBoundOfTheirTypeExactly() {
        Adding adding = new Adding();

        assertThat(adding.add(COUNT, 0L, 0L, Counts.LONG_MAX)).isEqualTo(0);
        assertThat(adding.add(COUNT, Long.MAX_VALUE - 1, 1L, Counts.LONG_MAX)).isEqualTo(Long.MAX_VALUE);
        assertThat(adding.add(COUNT, Integer.MAX_VALUE - 1L, 1L, Counts.INT32_MAX)).isEqualTo(Integer.MAX_VALUE);
        assertThat(adding.found()).isEmpty();
    }

    @Test
    void aCountOnePastTheBoundOfItsTypeIsAnOverflowAndKeepsTheFirst() {
        Adding adding = new Adding();

        assertThat(adding.add(COUNT, Long.MAX_VALUE, 1L, Counts.LONG_MAX)).isEqualTo(Long.MAX_VALUE);
        assertThat(adding.add(COUNT, Integer.MAX_VALUE, 1L, Counts.INT32_MAX)).isEqualTo(Integer.MAX_VALUE);

        assertThat(found(adding)).containsExactly(
                "OVERFLOW /prompt_tokens: promptTokens adds up to 9223372036854775808, past 9223372036854775807",
                "OVERFLOW /prompt_tokens: promptTokens adds up to 2147483648, past 2147483647").inOrder();
        assertThat(adding.found().get(0).expected()).isEqualTo("<= 9223372036854775807");
        assertThat(adding.found().get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void aFloatingCountAddsUpTo2To53ExactlyAndOnePastItIsAnOverflowThoughTheDoubleRoundsItBack() {
        Adding adding = new Adding();
        double bound = Counts.DOUBLE_EXACT_MAX;

        assertThat(adding.add(COUNT, bound - 1, 1.0, Counts.DOUBLE_EXACT_MAX)).isEqualTo(bound);
        assertThat(adding.add(COUNT, 2.0, 3.0, Counts.DOUBLE_EXACT_MAX)).isEqualTo(5.0);
        assertThat(adding.found()).isEmpty();

        // 2^53 + 1 rounds to 2^53 in a double: the exact sum is judged.
        assertThat(adding.add(COUNT, bound, 1.0, Counts.DOUBLE_EXACT_MAX)).isEqualTo(bound);
        assertThat(found(adding)).containsExactly(
                "OVERFLOW /prompt_tokens: promptTokens adds up to 9007199254740993, past 9007199254740992");
    }

    // ---- numbers that are not counts

    @Test
    void wholeNumbersOfEitherSignAddUpToBothBoundsOfTheirType() {
        Adding adding = new Adding();

        assertThat(adding.addNumber(NUMBER, -5, 3, Integer.MIN_VALUE, Integer.MAX_VALUE)).isEqualTo(-2);
        assertThat(adding.addNumber(NUMBER, 5, -3, Integer.MIN_VALUE, Integer.MAX_VALUE)).isEqualTo(2);
        assertThat(adding.addNumber(NUMBER, 0, 0, Integer.MIN_VALUE, Integer.MAX_VALUE)).isEqualTo(0);
        assertThat(adding.addNumber(NUMBER, Integer.MIN_VALUE + 1L, -1, Integer.MIN_VALUE, Integer.MAX_VALUE))
                .isEqualTo(Integer.MIN_VALUE);
        assertThat(adding.addNumber(NUMBER, Integer.MAX_VALUE - 1L, 1, Integer.MIN_VALUE, Integer.MAX_VALUE))
                .isEqualTo(Integer.MAX_VALUE);
        assertThat(adding.addNumber(NUMBER, Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE))
                .isEqualTo(-1);
        assertThat(adding.found()).isEmpty();
    }

    @Test
    void aWholeNumberPastEitherBoundIsAnOverflowThatNamesThatBound() {
        Adding adding = new Adding();

        assertThat(adding.addNumber(NUMBER, Integer.MAX_VALUE, 1, Integer.MIN_VALUE, Integer.MAX_VALUE))
                .isEqualTo(Integer.MAX_VALUE);
        assertThat(adding.addNumber(NUMBER, Integer.MIN_VALUE, -1, Integer.MIN_VALUE, Integer.MAX_VALUE))
                .isEqualTo(Integer.MIN_VALUE);
        assertThat(adding.addNumber(NUMBER, Long.MIN_VALUE, -1, Long.MIN_VALUE, Long.MAX_VALUE))
                .isEqualTo(Long.MIN_VALUE);

        assertThat(found(adding)).containsExactly(
                "OVERFLOW /balance: balance adds up to 2147483648, past 2147483647",
                "OVERFLOW /balance: balance adds up to -2147483649, past -2147483648",
                "OVERFLOW /balance: balance adds up to -9223372036854775809, past -9223372036854775808").inOrder();
        assertThat(adding.found().stream().map(Violation::expected).toList()).containsExactly(
                "<= 2147483647", ">= -2147483648", ">= -9223372036854775808").inOrder();
    }

    @Test
    void floatingNumbersAddUpToTheLargestDoubleAndPastItIsAnOverflow() {
        Adding adding = new Adding();

        assertThat(adding.addNumber(NUMBER, 0.5, -2.0)).isEqualTo(-1.5);
        assertThat(adding.addNumber(NUMBER, Double.MAX_VALUE, 0.0)).isEqualTo(Double.MAX_VALUE);
        // An infinity given is no overflow of the addition: the schema's rules judge it.
        assertThat(adding.addNumber(NUMBER, Double.POSITIVE_INFINITY, 1.0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(adding.addNumber(NUMBER, 1.0, Double.NEGATIVE_INFINITY)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(adding.found()).isEmpty();

        assertThat(adding.addNumber(NUMBER, Double.MAX_VALUE, Double.MAX_VALUE)).isEqualTo(Double.MAX_VALUE);
        assertThat(adding.addNumber(NUMBER, -Double.MAX_VALUE, -Double.MAX_VALUE)).isEqualTo(-Double.MAX_VALUE);
        assertThat(adding.found().stream().map(Violation::rule).toList())
                .containsExactly(Rule.OVERFLOW, Rule.OVERFLOW);
        assertThat(adding.found().get(0).message()).startsWith("balance adds up to 35953862697246314");
        assertThat(adding.found().get(0).message()).endsWith(", past 1.7976931348623157E308");
        assertThat(adding.found().get(0).expected()).isEqualTo("<= 1.7976931348623157E308");
        assertThat(adding.found().get(1).message()).startsWith("balance adds up to -35953862697246314");
        assertThat(adding.found().get(1).message()).endsWith(", past -1.7976931348623157E308");
        assertThat(adding.found().get(1).expected()).isEqualTo(">= -1.7976931348623157E308");
    }

    // ---- a cumulative stream

    @Test
    void aCumulativeStreamsLaterValueReplacesTheEarlierAndAnEqualOneIsNoDecrease() {
        Adding adding = new Adding(true, Severity.ERROR);

        assertThat(adding.add(COUNT, 5L, 7L, Counts.LONG_MAX)).isEqualTo(7);
        assertThat(adding.add(COUNT, 7L, 7L, Counts.LONG_MAX)).isEqualTo(7);
        assertThat(adding.add(COUNT, 5.0, 7.0, Counts.DOUBLE_EXACT_MAX)).isEqualTo(7.0);
        assertThat(adding.add(COUNT, 7.0, 7.0, Counts.DOUBLE_EXACT_MAX)).isEqualTo(7.0);
        assertThat(adding.addNumber(NUMBER, -5, -3, Long.MIN_VALUE, Long.MAX_VALUE)).isEqualTo(-3);
        assertThat(adding.addNumber(NUMBER, 2.5, 2.5)).isEqualTo(2.5);
        // Not added: a running total past the sum of two would be no overflow.
        assertThat(adding.add(COUNT, Long.MAX_VALUE - 1, Long.MAX_VALUE, Counts.LONG_MAX)).isEqualTo(Long.MAX_VALUE);
        assertThat(adding.found()).isEmpty();
        assertThat(adding.derivesAgain()).isTrue();
        assertThat(new Adding().derivesAgain()).isFalse();
    }

    @Test
    void aCumulativeValueThatGoesDownIsADecreaseOfTheStreamsSeverityAndIsTakenAsItIs() {
        Adding adding = new Adding(true, Severity.WARNING);

        assertThat(adding.add(COUNT, 7L, 5L, Counts.LONG_MAX)).isEqualTo(5);
        assertThat(adding.add(COUNT, 7.5, 5.0, Counts.DOUBLE_EXACT_MAX)).isEqualTo(5.0);
        assertThat(adding.addNumber(NUMBER, 3, -3, Long.MIN_VALUE, Long.MAX_VALUE)).isEqualTo(-3);
        assertThat(adding.addNumber(NUMBER, 0.5, 0.25)).isEqualTo(0.25);

        assertThat(found(adding)).containsExactly(
                "COUNT_DECREASED /prompt_tokens: promptTokens went down from 7 to 5; in a cumulative stream each"
                        + " chunk's usage is the usage so far",
                "COUNT_DECREASED /prompt_tokens: promptTokens went down from 7.5 to 5.0; in a cumulative stream each"
                        + " chunk's usage is the usage so far",
                "COUNT_DECREASED /balance: balance went down from 3 to -3; in a cumulative stream each"
                        + " chunk's usage is the usage so far",
                "COUNT_DECREASED /balance: balance went down from 0.5 to 0.25; in a cumulative stream each"
                        + " chunk's usage is the usage so far").inOrder();
        assertThat(adding.found().get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(adding.found().get(0).expected()).isEqualTo(">= 7");
        assertThat(adding.found().get(0).actual()).isEqualTo(5L);
    }

    // ---- what must agree

    @Test
    void whatMustAgreeAgreesWhenEqualInBothOrGivenInNeither() {
        Adding adding = new Adding();

        assertThat(adding.agree(MODEL, true, "gpt-4.1", true, "gpt-4.1")).isFalse();
        assertThat(adding.agree(MODEL, true, null, true, null)).isFalse();
        assertThat(adding.agree(MODEL, false, null, false, null)).isFalse();
        assertThat(adding.found()).isEmpty();
    }

    @Test
    void aValueThatDiffersOrIsGivenInOneValueOnlyIsAMismatchSayingBoth() {
        Adding adding = new Adding();

        adding.agree(MODEL, true, "gpt-4.1", true, "o3");
        adding.agree(MODEL, true, "gpt-4.1", false, null);
        adding.agree(MODEL, false, null, true, "o3");
        adding.agree(MODEL, true, null, true, "o3");

        assertThat(found(adding)).containsExactly(
                "MISMATCH /model: model is o3 where the values before give gpt-4.1; it must be the same in every value added",
                "MISMATCH /model: model is absent where the values before give gpt-4.1; it must be the same in every"
                        + " value added",
                "MISMATCH /model: model is o3 where the values before give none; it must be the same in every value added",
                "MISMATCH /model: model is o3 where the values before give null; it must be the same in every value added")
                .inOrder();
        assertThat(adding.found().stream().map(Violation::actual).toList())
                .containsExactly("o3", "absent", "o3", "o3").inOrder();
        assertThat(adding.found().stream().map(Violation::expected).toList())
                .containsExactly("gpt-4.1", "gpt-4.1", "absent", "null").inOrder();
    }

    @Test
    void aCumulativeStreamTakesWhatMustAgreeFromTheFirstChunkThatGivesItAndLetsLaterChunksLeaveItOut() {
        Adding adding = new Adding(true, Severity.ERROR);

        assertThat(adding.agree(MODEL, false, null, true, "o3")).isTrue();
        assertThat(adding.agree(MODEL, true, "o3", false, null)).isFalse();
        assertThat(adding.agree(MODEL, false, null, false, null)).isFalse();
        assertThat(adding.agree(MODEL, true, "o3", true, "o3")).isFalse();
        assertThat(adding.found()).isEmpty();

        assertThat(adding.agree(MODEL, true, "o3", true, "gpt-4.1")).isFalse();
        assertThat(found(adding)).containsExactly("MISMATCH /model: model is gpt-4.1 where the values before give o3;"
                + " it must be the same in every value added");
    }

    // ---- what presence makes of a property

    @Test
    void aPropertyGivenInBothIsAddedAndOneGivenInNeitherKeepsTheFirstsState() {
        Adding adding = new Adding();

        assertThat(adding.combine(COUNT, true, false, true, false)).isEqualTo(Adding.SUM);
        assertThat(adding.combine(COUNT, false, false, false, false)).isEqualTo(Adding.KEEP);
        assertThat(adding.combine(COUNT, true, true, true, true)).isEqualTo(Adding.KEEP);
        // Whether an absent value is null is not read.
        assertThat(adding.combine(COUNT, false, true, false, true)).isEqualTo(Adding.KEEP);
        assertThat(adding.combine(COUNT, false, true, true, false)).isEqualTo(Adding.SECOND);
        assertThat(adding.found()).isEmpty();
    }

    @Test
    void aNullBesideAValueOrAnAbsenceIsNotAddableAndSaysWhichItWas() {
        Adding adding = new Adding();

        assertThat(adding.combine(COUNT, true, true, true, false)).isEqualTo(Adding.KEEP);
        assertThat(adding.combine(COUNT, true, false, true, true)).isEqualTo(Adding.KEEP);
        assertThat(adding.combine(COUNT, true, true, false, false)).isEqualTo(Adding.KEEP);
        assertThat(adding.combine(COUNT, false, false, true, true)).isEqualTo(Adding.KEEP);

        String never = "; a null count is never taken for 0";
        assertThat(found(adding)).containsExactly(
                "NOT_ADDABLE /prompt_tokens: promptTokens is null in one value and a value in the other" + never,
                "NOT_ADDABLE /prompt_tokens: promptTokens is null in one value and a value in the other" + never,
                "NOT_ADDABLE /prompt_tokens: promptTokens is null in one value and absent in the other" + never,
                "NOT_ADDABLE /prompt_tokens: promptTokens is null in one value and absent in the other" + never)
                .inOrder();
        assertThat(adding.found().get(0).expected()).isEqualTo("a value in both, or in neither");
    }

    @Test
    void aValueBesideAnAbsenceIsTakenUnlessTheSchemaAddsOnlyWhatBothGive() {
        Adding adding = new Adding();

        assertThat(adding.combine(COUNT, true, false, false, false)).isEqualTo(Adding.KEEP);
        assertThat(adding.combine(COUNT, false, false, true, false)).isEqualTo(Adding.SECOND);
        assertThat(adding.found()).isEmpty();

        assertThat(adding.absent(AbsentInSum.VIOLATION)).isEqualTo(AbsentInSum.ADDS_NOTHING);
        assertThat(adding.combine(COUNT, false, false, true, false)).isEqualTo(Adding.KEEP);
        assertThat(adding.absent(AbsentInSum.ADDS_NOTHING)).isEqualTo(AbsentInSum.VIOLATION);
        assertThat(adding.combine(COUNT, false, false, true, false)).isEqualTo(Adding.SECOND);

        assertThat(found(adding)).containsExactly("NOT_ADDABLE /prompt_tokens: promptTokens is given in one value and"
                + " absent in the other; the schema adds only what both give");
    }

    @Test
    void aCumulativeChunkThatLeavesACountOutOrGivesItAsNullKeepsTheEarlier() {
        Adding adding = new Adding(true, Severity.ERROR);

        assertThat(adding.combine(COUNT, true, false, false, false)).isEqualTo(Adding.KEEP);
        assertThat(adding.combine(COUNT, true, false, true, true)).isEqualTo(Adding.KEEP);
        assertThat(adding.combine(COUNT, true, false, true, false)).isEqualTo(Adding.SUM);
        assertThat(adding.combine(COUNT, false, false, true, false)).isEqualTo(Adding.SECOND);
        assertThat(adding.combine(COUNT, true, true, true, false)).isEqualTo(Adding.SECOND);
        assertThat(adding.found()).isEmpty();
    }

    // ---- nested objects

    @Test
    void aNestedSumsViolationsAreMovedUnderTheNestedPropertyAndTheFirstIsKept() {
        Adding adding = new Adding();
        Property details = Property.of("promptTokensDetails", "prompt_tokens_details");
        Violation inner = new Violation("/cached_tokens", "cachedTokens", Rule.OVERFLOW, Severity.ERROR, null, "<= 1",
                "cachedTokens adds up to 2, past 1");
        adding.agree(MODEL, true, "a", true, "b");
        Adder<String, String> nested = nestedAdder((first, second, added) -> Validated.invalid("Details", List.of(inner)));

        String kept = nested.add("first", "second", adding, details);

        assertThat(kept).isEqualTo("first");
        assertThat(adding.size()).isEqualTo(2);
        assertThat(adding.found().get(0).wirePath()).isEqualTo("/model");
        assertThat(adding.found().get(1).wirePath()).isEqualTo("/prompt_tokens_details/cached_tokens");
        assertThat(adding.found().get(1).propertyPath()).isEqualTo("promptTokensDetails.cachedTokens");
    }

    @Test
    void aValidNestedSumIsTakenAndWhatItsAdditionFoundIsMovedUnderIt() {
        Adding adding = new Adding();
        Property details = Property.of("promptTokensDetails", "prompt_tokens_details");
        Adder<String, String> nested = nestedAdder((first, second, added) -> {
            added.add(Property.of("cachedTokens", "cached_tokens"), Long.MAX_VALUE, 1L, Counts.LONG_MAX);
            return Validated.valid("Details", "sum", List.of());
        });

        String sum = nested.add("first", "second", adding, details);

        assertThat(sum).isEqualTo("sum");
        assertThat(found(adding)).containsExactly("OVERFLOW /prompt_tokens_details/cached_tokens: cachedTokens adds up"
                + " to 9223372036854775808, past 9223372036854775807");
    }

    /** A nested schema's adder, as a holder's addition calls it, whose own addition is {@code sum}. */
    private static Adder<String, String> nestedAdder(Adder.Sum<String> sum) {
        return Adder.of("Details", String.class, null, value -> Validated.valid("Details", value, List.of()), sum);
    }
}
