package dev.usageschema.runtime;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Violation;
import org.junit.jupiter.api.Test;

class SumRuleTest {

    private static final Property TOTAL = Property.of("total", "total");
    private static final Property A = Property.of("a", "a");
    private static final Property B = Property.of("b", "b");

    private static final SumRule STRICT = SumRule.severity(Severity.ERROR, Counts.LONG_MAX).of(TOTAL, A, B);
    private static final SumRule LENIENT = SumRule.severity(Severity.WARNING, Counts.INT32_MAX)
            .absentCountsAsZero().derives().of(TOTAL, A, B);

    @Test
    void addsCheckedPartsAndNeverWraps() {
        assertThat(STRICT.add(STRICT.add(0, 2), 3)).isEqualTo(5);
        assertThat(STRICT.add(Long.MAX_VALUE, 1)).isEqualTo(Counts.OVERFLOW);
        assertThat(STRICT.add(STRICT.add(Long.MAX_VALUE, 1), Long.MAX_VALUE)).isEqualTo(Counts.OVERFLOW);
        assertThat(STRICT.add(STRICT.add(0, Counts.INVALID), 3)).isEqualTo(Counts.INVALID);
    }

    @Test
    void absentPartsSkipTheRuleOrCountAsZero() {
        assertThat(STRICT.add(STRICT.add(0, Counts.ABSENT), 3)).isEqualTo(Counts.ABSENT);
        assertThat(LENIENT.add(LENIENT.add(0, Counts.ABSENT), 3)).isEqualTo(3);
        assertThat(STRICT.breaks(7, Counts.ABSENT, Counts.ABSENT)).isFalse();
    }

    @Test
    void whileAPartIsAbsentTheTotalMayNotBeBelowThePartsGiven() {
        SumRule atLeast = SumRule.severity(Severity.ERROR, Counts.LONG_MAX).atLeast().of(TOTAL, A, B);
        long given = STRICT.addGiven(STRICT.addGiven(0, 5), Counts.ABSENT);

        assertThat(given).isEqualTo(5);
        assertThat(STRICT.breaks(5, Counts.ABSENT, given)).isFalse();
        assertThat(STRICT.breaks(4, Counts.ABSENT, given)).isTrue();
        assertThat(atLeast.breaks(4, Counts.ABSENT, given)).isTrue();
        assertThat(STRICT.breaks(Counts.ABSENT, Counts.ABSENT, given)).isFalse();
        assertThat(SumRule.severity(Severity.OFF, Counts.LONG_MAX).of(TOTAL, A, B).breaks(4, Counts.ABSENT, given)).isFalse();

        Violation below = STRICT.violation(3, Counts.ABSENT, given, 5, Counts.ABSENT);
        assertThat(below.rule()).isEqualTo(Rule.SUM);
        assertThat(below.severity()).isEqualTo(Severity.ERROR);
        assertThat(below.expected()).isEqualTo(">= 5");
        assertThat(below.message()).isEqualTo("a 5 + b absent > total 3: the parts given add up to 5 already");
        assertThat(LENIENT.violation(3, Counts.ABSENT, 5, 5, Counts.ABSENT).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void anOverflowCarriesTheTotalGivenAsItsActualValue() {
        assertThat(STRICT.violation(5, Counts.OVERFLOW, Counts.OVERFLOW, Long.MAX_VALUE, 1).actual()).isEqualTo(5L);
        assertThat(STRICT.violation(0, Counts.OVERFLOW, Counts.OVERFLOW, Long.MAX_VALUE, 1).actual()).isEqualTo(0L);
        assertThat(STRICT.violation(Counts.ABSENT, Counts.OVERFLOW, Counts.OVERFLOW, Long.MAX_VALUE, 1).actual()).isNull();
    }

    @Test
    void thePartsGivenOverflowingIsAnOverflowWhateverIsAbsent() {
        SumRule three = SumRule.severity(Severity.OFF, Counts.LONG_MAX).of(TOTAL, A, B, Property.of("c", "c"));
        long given = three.addGiven(three.addGiven(three.addGiven(0, Long.MAX_VALUE), 1), Counts.ABSENT);

        assertThat(given).isEqualTo(Counts.OVERFLOW);
        assertThat(three.addGiven(given, 3)).isEqualTo(Counts.OVERFLOW);
        assertThat(three.addGiven(given, Counts.INVALID)).isEqualTo(Counts.INVALID);
        assertThat(three.breaks(Long.MAX_VALUE, Counts.ABSENT, given)).isTrue();
        Violation overflow = three.violation(Long.MAX_VALUE, Counts.ABSENT, given, Long.MAX_VALUE, 1, Counts.ABSENT);
        assertThat(overflow.rule()).isEqualTo(Rule.OVERFLOW);
        assertThat(overflow.message()).isEqualTo("a " + Long.MAX_VALUE + " + b 1 + c absent overflows a 64-bit count;"
                + " total cannot hold it");
    }

    @Test
    void breaksOnMismatchAndOverflowButNotOnAnInvalidTotal() {
        assertThat(STRICT.breaks(5, 5, 5)).isFalse();
        assertThat(STRICT.breaks(6, 5, 5)).isTrue();
        assertThat(STRICT.breaks(Counts.ABSENT, 5, 5)).isFalse();
        assertThat(STRICT.breaks(Counts.ABSENT, Counts.OVERFLOW, Counts.OVERFLOW)).isTrue();
        assertThat(STRICT.breaks(Counts.INVALID, 5, 5)).isFalse();
    }

    @Test
    void derivesOnlyWhatFitsTheTotalsType() {
        assertThat(STRICT.derived(5)).isEqualTo(Counts.ABSENT);
        assertThat(LENIENT.derived(5)).isEqualTo(5);
        assertThat(LENIENT.derived(Integer.MAX_VALUE + 1L)).isEqualTo(Counts.ABSENT);
        assertThat(LENIENT.breaks(Counts.ABSENT, Integer.MAX_VALUE + 1L, Integer.MAX_VALUE + 1L)).isTrue();
        assertThat(LENIENT.violation(Counts.ABSENT, Integer.MAX_VALUE + 1L, Integer.MAX_VALUE + 1L, Integer.MAX_VALUE, 1)
                .rule()).isEqualTo(Rule.OVERFLOW);
    }

    @Test
    void mismatchCarriesTheRulesSeverityAndTheArithmetic() {
        var violation = LENIENT.violation(6, 5, 5, 5, Counts.ABSENT);

        assertThat(violation.severity()).isEqualTo(Severity.WARNING);
        assertThat(violation.message()).isEqualTo("a 5 + b absent (0) != total 6");
        assertThat(violation.expected()).isEqualTo("5");
        assertThat(STRICT.violation(1, Counts.OVERFLOW, Counts.OVERFLOW, Long.MAX_VALUE, 1).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void anOffRuleStillReportsOverflowButNotMismatches() {
        SumRule off = SumRule.severity(Severity.OFF, Counts.LONG_MAX).of(TOTAL, A, B);

        assertThat(off.breaks(6, 5, 5)).isFalse();
        assertThat(off.breaks(6, Counts.OVERFLOW, Counts.OVERFLOW)).isTrue();
    }

    @Test
    void aMismatchSaysThePartsItWasGivenEvenWhenTheCallerReusesItsArray() {
        long[] parts = {3, 4};
        Violation mismatch = STRICT.violation(8, 7, 7, parts);
        parts[0] = 99;

        assertThat(mismatch.message()).isEqualTo("a 3 + b 4 != total 8");
        assertThat(mismatch.expected()).isEqualTo("7");
    }

    /** Each rule is built here, not in a constant: what the builder gives is what this test judges. */
    @Test
    void aDerivingRuleDerivesEverySumFromZeroToTheTotalsMaximum() {
        SumRule int32 = SumRule.severity(Severity.ERROR, Counts.INT32_MAX).derives().of(TOTAL, A, B);

        assertThat(int32.derived(0)).isEqualTo(0);
        assertThat(int32.derived(Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
        assertThat(int32.derived(Integer.MAX_VALUE + 1L)).isEqualTo(Counts.ABSENT);
        assertThat(int32.derived(Counts.ABSENT)).isEqualTo(Counts.ABSENT);
        assertThat(int32.derived(Counts.OVERFLOW)).isEqualTo(Counts.ABSENT);
        assertThat(int32.derived(Counts.INVALID)).isEqualTo(Counts.ABSENT);
    }

    @Test
    void aRuleWhereAbsentCountsAsZeroAddsNothingForAnAbsentPart() {
        SumRule zero = SumRule.severity(Severity.ERROR, Counts.LONG_MAX).absentCountsAsZero().of(TOTAL, A, B);

        assertThat(zero.add(zero.add(0, Counts.ABSENT), 4)).isEqualTo(4);
        assertThat(zero.add(zero.add(0, Counts.INVALID), Counts.ABSENT)).isEqualTo(Counts.INVALID);
    }

    @Test
    void aRequiredTotalThatCannotBeDerivedSaysWhichPartIsAbsent() {
        SumRule rule = SumRule.severity(Severity.ERROR, Counts.LONG_MAX).derives().of(TOTAL, A, B);

        Violation underivable = rule.underivable(3, Counts.ABSENT);

        assertThat(underivable.rule()).isEqualTo(Rule.REQUIRED);
        assertThat(underivable.severity()).isEqualTo(Severity.ERROR);
        assertThat(underivable.wirePath()).isEqualTo("/total");
        assertThat(underivable.expected()).isEqualTo("a value, or every part of total");
        assertThat(underivable.message()).isEqualTo("total is required and cannot be derived: a 3 + b absent");
    }
}
