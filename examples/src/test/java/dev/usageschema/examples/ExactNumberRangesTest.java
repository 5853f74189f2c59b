package dev.usageschema.examples;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Violation;
import dev.usageschema.examples.json.ImmutableCostedUsage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A {@code @NotACount BigDecimal} or {@code BigInteger} keeps its range exactly: no bound is judged through a double. */
class ExactNumberRangesTest {

    private static ImmutableCostedUsage.Builder usage() {
        return ImmutableCostedUsage.builder().tokens(10).credits(BigDecimal.ONE);
    }

    private static List<String> violations(ImmutableCostedUsage.Builder usage) {
        return usage.violations().stream().map(v -> v.rule() + " " + v.wirePath() + " " + v.message()).toList();
    }

    /** Before, @NotACount(min = 0) on a BigDecimal compiled and enforced nothing. */
    @Test
    void aDecimalBelowItsMinimumIsARangeViolationNamingItAsWritten() {
        assertThat(violations(usage().cost(new BigDecimal("-0.000001"))))
                .containsExactly("RANGE /cost cost -0.000001 is outside [0, Infinity]");
        Violation below = usage().cost(new BigDecimal("-0.000001")).violations().get(0);
        assertThat(below.actual()).isEqualTo(new BigDecimal("-0.000001"));
        assertThat(below.expected()).isEqualTo("in [0, Infinity]");
        assertThat(usage().cost(new BigDecimal("0.000582")).violations()).isEmpty();
        assertThat(usage().cost(new BigDecimal("-0.0")).violations()).isEmpty();
    }

    /** 0.10000000000000001 is 0.1 as a double; compared exactly it is above 0.1. */
    @Test
    void aMaximumIsComparedExactlyNotThroughADouble() {
        assertThat(usage().discount(new BigDecimal("0.1")).violations()).isEmpty();
        assertThat(usage().discount(new BigDecimal("0.100")).violations()).isEmpty();
        assertThat(violations(usage().discount(new BigDecimal("0.10000000000000001"))))
                .containsExactly("RANGE /discount discount 0.10000000000000001 is outside [0, 0.1]");
    }

    @Test
    void aBigIntegerBelowItsMinimumIsARangeViolation() {
        assertThat(violations(usage().costInUsdTicks(BigInteger.valueOf(-1))))
                .containsExactly("RANGE /cost_in_usd_ticks costInUsdTicks -1 is outside [0, Infinity]");
        assertThat(usage().costInUsdTicks(new BigInteger("1" + "0".repeat(30))).violations()).isEmpty();
    }

    @Test
    void aWholeDecimalHasNoFraction() {
        assertThat(usage().credits(new BigDecimal("1.0")).violations()).isEmpty();
        assertThat(usage().credits(new BigDecimal("1E+3")).violations()).isEmpty();
        assertThat(usage().credits(new BigDecimal("0.000")).violations()).isEmpty();
        assertThat(violations(usage().credits(new BigDecimal("1.5"))))
                .containsExactly("WHOLE_NUMBER /credits credits 1.5 is not a whole number");
        assertThat(violations(usage().credits(new BigDecimal("-1.5"))))
                .containsExactly("RANGE /credits credits -1.5 is outside [0, Infinity]");
    }

    @Test
    void exactNumbersAreAddedExactly() {
        ImmutableCostedUsage once = usage().cost(new BigDecimal("0.000582"))
                .costInUsdTicks(new BigInteger("9223372036854775807")).credits(new BigDecimal("2")).build();

        ImmutableCostedUsage thrice = once.plus(once).plus(once);

        assertThat(thrice.cost()).hasValue(new BigDecimal("0.001746"));
        assertThat(thrice.costInUsdTicks()).hasValue(new BigInteger("27670116110564327421"));
        assertThat(thrice.credits()).isEqualTo(new BigDecimal("6"));
    }
}
