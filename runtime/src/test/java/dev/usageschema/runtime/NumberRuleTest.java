package dev.usageschema.runtime;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Violation;
import org.junit.jupiter.api.Test;

/** The range of a number that is not a count: both bounds inclusive, and what each violation says. */
class NumberRuleTest {

    private static final Property SECONDS = Property.of("queueTime", "queue_time");

    /** {@code @NotACount(min = 0)} on a double: finite, at least 0, no upper bound. */
    private static final NumberRule NON_NEGATIVE = NumberRule.of(Severity.ERROR, SECONDS, 0, Double.POSITIVE_INFINITY,
            false, true);
    /** Whole numbers in [-10, 10], infinities allowed past neither bound. */
    private static final NumberRule SMALL_WHOLE = NumberRule.of(Severity.WARNING, SECONDS, -10, 10, true, false);
    /** Any double, the infinities and NaN included. */
    private static final NumberRule ANY = NumberRule.of(Severity.ERROR, SECONDS, Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY, false, false);

    @Test
    void bothBoundsOfAWholeNumberAreInTheRange() {
        NumberRule percent = NumberRule.of(Severity.ERROR, SECONDS, 0, 100, false, true);

        assertThat(percent.breaks(0L)).isFalse();
        assertThat(percent.breaks(100L)).isFalse();
        assertThat(percent.breaks(-1L)).isTrue();
        assertThat(percent.breaks(101L)).isTrue();
        assertThat(percent.violation(101L).message()).isEqualTo("queueTime 101 is outside [0, 100]");
        assertThat(percent.violation(101L).rule()).isEqualTo(Rule.RANGE);
        assertThat(percent.violation(101L).expected()).isEqualTo("in [0, 100]");
        assertThat(percent.violation(101L).actual()).isEqualTo(101L);
    }

    @Test
    void bothBoundsOfAFloatingNumberAreInTheRange() {
        assertThat(SMALL_WHOLE.breaks(-10.0)).isFalse();
        assertThat(SMALL_WHOLE.breaks(10.0)).isFalse();
        assertThat(SMALL_WHOLE.breaks(-10.5)).isTrue();
        assertThat(SMALL_WHOLE.breaks(10.5)).isTrue();
        assertThat(NON_NEGATIVE.breaks(0.0)).isFalse();
        assertThat(NON_NEGATIVE.breaks(-0.001)).isTrue();
    }

    @Test
    void aWholeRuleRefusesAFractionInsideTheRange() {
        assertThat(SMALL_WHOLE.breaks(2.0)).isFalse();
        assertThat(SMALL_WHOLE.breaks(2.5)).isTrue();
        assertThat(NON_NEGATIVE.breaks(2.5)).isFalse();

        Violation fraction = SMALL_WHOLE.violation(2.5);
        assertThat(fraction.rule()).isEqualTo(Rule.WHOLE_NUMBER);
        assertThat(fraction.severity()).isEqualTo(Severity.WARNING);
        assertThat(fraction.message()).isEqualTo("queueTime 2.5 is not a whole number");
        assertThat(fraction.wirePath()).isEqualTo("/queue_time");
        assertThat(fraction.propertyPath()).isEqualTo("queueTime");
        // Outside the range the range is what is broken, fraction or not.
        assertThat(SMALL_WHOLE.violation(10.5).rule()).isEqualTo(Rule.RANGE);
        assertThat(SMALL_WHOLE.violation(10.5).message()).isEqualTo("queueTime 10.5 is outside [-10, 10]");
    }

    @Test
    void aFractionOnAFractionalBoundIsInTheRangeAndNotWhole() {
        NumberRule halves = NumberRule.of(Severity.ERROR, SECONDS, 0.5, 9.5, true, true);

        assertThat(halves.violation(0.5).rule()).isEqualTo(Rule.WHOLE_NUMBER);
        assertThat(halves.violation(9.5).rule()).isEqualTo(Rule.WHOLE_NUMBER);
        assertThat(halves.violation(0.25).rule()).isEqualTo(Rule.RANGE);
        assertThat(halves.violation(9.75).message()).isEqualTo("queueTime 9.75 is outside [0.5, 9.5]");
    }

    @Test
    void nanAndTheInfinitiesBreakAFiniteRuleAsNotFinite() {
        assertThat(NON_NEGATIVE.breaks(Double.NaN)).isTrue();
        assertThat(NON_NEGATIVE.breaks(Double.POSITIVE_INFINITY)).isTrue();
        assertThat(NON_NEGATIVE.breaks(Double.NEGATIVE_INFINITY)).isTrue();

        assertThat(NON_NEGATIVE.violation(Double.NaN).rule()).isEqualTo(Rule.FINITE);
        assertThat(NON_NEGATIVE.violation(Double.NaN).message()).isEqualTo("queueTime NaN is not a finite number");
        assertThat(NON_NEGATIVE.violation(Double.POSITIVE_INFINITY).message())
                .isEqualTo("queueTime Infinity is not a finite number");
        assertThat(NON_NEGATIVE.violation(Double.POSITIVE_INFINITY).expected()).isEqualTo("a finite number");
    }

    @Test
    void withoutTheFiniteRuleNanPassesAndAnInfinityIsJudgedByTheBounds() {
        assertThat(SMALL_WHOLE.breaks(Double.NaN)).isFalse();
        assertThat(SMALL_WHOLE.breaks(Double.POSITIVE_INFINITY)).isTrue();
        assertThat(SMALL_WHOLE.breaks(Double.NEGATIVE_INFINITY)).isTrue();
        assertThat(SMALL_WHOLE.violation(Double.NEGATIVE_INFINITY).message())
                .isEqualTo("queueTime -Infinity is outside [-10, 10]");

        assertThat(ANY.breaks(Double.NaN)).isFalse();
        assertThat(ANY.breaks(Double.POSITIVE_INFINITY)).isFalse();
        assertThat(ANY.breaks(Double.NEGATIVE_INFINITY)).isFalse();
        assertThat(ANY.breaks(-Double.MAX_VALUE)).isFalse();
    }

    @Test
    void aBoundShowsAsAWholeNumberBelow10To18AndInJavasNotationFromThere() {
        NumberRule below = NumberRule.of(Severity.ERROR, SECONDS, 0, 999_999_999_999_999_872.0, false, true);
        NumberRule at = NumberRule.of(Severity.ERROR, SECONDS, 0, 1e18, false, true);

        assertThat(below.violation(-1L).expected()).isEqualTo("in [0, 999999999999999872]");
        assertThat(at.violation(-1L).expected()).isEqualTo("in [0, 1.0E18]");
    }
}
