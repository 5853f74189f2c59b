package dev.usageschema.runtime;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Rule;
import dev.usageschema.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CountsTest {

    private static final Property PROMPT = Property.of("promptTokens", "prompt_tokens");

    @Test
    void validLongCountsPassThroughAndInvalidOnesBecomeTheMarker() {
        assertThat(Counts.of(0L, Counts.LONG_MAX)).isEqualTo(0);
        assertThat(Counts.of(Long.MAX_VALUE, Counts.LONG_MAX)).isEqualTo(Long.MAX_VALUE);
        assertThat(Counts.of(-1L, Counts.LONG_MAX)).isEqualTo(Counts.INVALID);
        assertThat(Counts.of(Integer.MAX_VALUE + 1L, Counts.INT32_MAX)).isEqualTo(Counts.INVALID);
    }

    @Test
    void doublesMustBeFiniteWholeAndExact() {
        assertThat(Counts.of(12.0, Counts.DOUBLE_EXACT_MAX)).isEqualTo(12);
        assertThat(Counts.of(-0.0, Counts.DOUBLE_EXACT_MAX)).isEqualTo(0);
        assertThat(Counts.of(9007199254740992.0, Counts.DOUBLE_EXACT_MAX)).isEqualTo(1L << 53);
        for (double invalid : new double[] {12.5, -1, Double.NaN, Double.POSITIVE_INFINITY, 9007199254740994.0}) {
            assertThat(Counts.of(invalid, Counts.DOUBLE_EXACT_MAX)).isEqualTo(Counts.INVALID);
        }
    }

    @Test
    void accessorValuesThatAreNullOrEmptyAreAbsent() {
        assertThat(Counts.of((OptionalLong) null, Counts.LONG_MAX)).isEqualTo(Counts.ABSENT);
        assertThat(Counts.of(OptionalLong.empty(), Counts.LONG_MAX)).isEqualTo(Counts.ABSENT);
        assertThat(Counts.of(OptionalInt.of(3), Counts.LONG_MAX)).isEqualTo(3);
        assertThat(Counts.of(OptionalDouble.of(2.5), Counts.DOUBLE_EXACT_MAX)).isEqualTo(Counts.INVALID);
        assertThat(Counts.of((Number) null, Counts.LONG_MAX)).isEqualTo(Counts.ABSENT);
        assertThat(Counts.of(Double.valueOf(4.0), Counts.DOUBLE_EXACT_MAX)).isEqualTo(4);
        assertThat(Counts.of(Long.valueOf(-4), Counts.LONG_MAX)).isEqualTo(Counts.INVALID);
        // A boxed fraction is judged as the double it is, never cut down to a whole count.
        assertThat(Counts.of(Double.valueOf(2.5), Counts.DOUBLE_EXACT_MAX)).isEqualTo(Counts.INVALID);
    }

    @Test
    void aStoredFloatingCountOfMinusZeroIsZeroAndEveryOtherValueStaysAsItIs() {
        assertThat(Double.doubleToRawLongBits(Counts.zeroed(-0.0))).isEqualTo(Double.doubleToRawLongBits(0.0));
        assertThat(Counts.zeroed(Double.valueOf(-0.0))).isEqualTo(Double.valueOf(0.0));
        assertThat(Counts.zeroed(Double.valueOf(7.0))).isEqualTo(Double.valueOf(7.0));
        assertThat(Counts.zeroed(Double.valueOf(Double.NaN))).isEqualTo(Double.valueOf(Double.NaN));
        assertThat(Counts.zeroed((Double) null)).isNull();
        assertThat(Counts.zeroed(7.0)).isEqualTo(7.0);
    }

    @Test
    void violationsNameTheRuleTheValueAndTheBound() {
        assertThat(Counts.violation(PROMPT, -5L, Counts.LONG_MAX).message()).isEqualTo("promptTokens -5 is negative; counts are >= 0");
        assertThat(Counts.violation(PROMPT, 1L << 40, Counts.INT32_MAX).rule()).isEqualTo(Rule.INT32_RANGE);
        assertThat(Counts.violation(PROMPT, Double.NaN, Counts.DOUBLE_EXACT_MAX).rule()).isEqualTo(Rule.FINITE);
        assertThat(Counts.violation(PROMPT, -2.0, Counts.DOUBLE_EXACT_MAX).message()).isEqualTo("promptTokens -2 is negative; counts are >= 0");
        assertThat(Counts.violation(PROMPT, 0.5, Counts.DOUBLE_EXACT_MAX).rule()).isEqualTo(Rule.WHOLE_NUMBER);
        assertThat(Counts.violation(PROMPT, 1e17, Counts.DOUBLE_EXACT_MAX).rule()).isEqualTo(Rule.EXACT_RANGE);
        assertThat(Counts.violation(PROMPT, 3e9, Counts.INT32_MAX).rule()).isEqualTo(Rule.INT32_RANGE);
        assertThat(Counts.violation(PROMPT, -5L, Counts.LONG_MAX).wirePath()).isEqualTo("/prompt_tokens");
    }

    @Test
    void reportingAddsAViolationOnlyForTheMarkerItIsFor() {
        List<Violation> none = Counts.reportInvalid(null, PROMPT, Counts.ABSENT, 0L, Counts.LONG_MAX);
        assertThat(none).isNull();
        assertThat(Counts.reportRequired(null, PROMPT, 5, 5L, Counts.LONG_MAX)).isNull();
        assertThat(Counts.reportRequired(null, PROMPT, Counts.ABSENT, 0L, Counts.LONG_MAX).get(0).rule())
                .isEqualTo(Rule.REQUIRED);
        assertThat(Counts.reportRequired(null, PROMPT, Counts.INVALID, -4L, Counts.LONG_MAX).get(0).rule())
                .isEqualTo(Rule.NON_NEGATIVE);
        assertThat(Counts.reportInvalid(null, PROMPT, Counts.INVALID, 2.5, Counts.DOUBLE_EXACT_MAX).get(0).rule())
                .isEqualTo(Rule.WHOLE_NUMBER);
    }

    @Test
    void aBoxedCountIsReadOnlyWhenInvalidSoANullOneIsNeverUnboxed() {
        assertThat(Counts.reportInvalid(null, PROMPT, Counts.ABSENT, (Number) null, Counts.LONG_MAX)).isNull();
        assertThat(Counts.reportInvalid(null, PROMPT, Counts.INVALID, Long.valueOf(-1), Counts.LONG_MAX).get(0).rule())
                .isEqualTo(Rule.NON_NEGATIVE);
        assertThat(Counts.reportInvalid(null, PROMPT, Counts.INVALID, Double.valueOf(0.5), Counts.LONG_MAX).get(0)
                .rule()).isEqualTo(Rule.WHOLE_NUMBER);
        List<Violation> found = new ArrayList<>();
        assertThat(Counts.reportInvalid(found, PROMPT, 3, Integer.valueOf(3), Counts.INT32_MAX)).isSameInstanceAs(found);
    }

    @Test
    void aLongCountWithoutAMaximumIsCheckedUpToLongMax() {
        assertThat(Counts.of(true, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
        assertThat(Counts.of(true, 0L)).isEqualTo(0);
        assertThat(Counts.of(true, -1L)).isEqualTo(Counts.INVALID);
        assertThat(Counts.of(false, -1L)).isEqualTo(Counts.ABSENT);
        assertThat(Counts.reportInvalid(null, PROMPT, Counts.INVALID, -7L).get(0).rule()).isEqualTo(Rule.NON_NEGATIVE);
        assertThat(Counts.reportInvalid(null, PROMPT, Counts.ABSENT, (Number) null)).isNull();
        assertThat(Counts.reportRequired(null, PROMPT, Counts.ABSENT, 0L).get(0).rule()).isEqualTo(Rule.REQUIRED);
    }
}
