package dev.usageschema.canonical;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.usageschema.Rule;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The conversion's arithmetic on its own: exact, every identity left to the canonical rules, never clamped. */
class CanonicalConversionTest {

    private static final CanonicalConversion ANTHROPIC = CanonicalConversion.convention("anthropic-messages")
            .total(CanonicalConversion.Total.EQUALS)
            .beside(CanonicalRole.CACHE_READ, CanonicalRole.CACHE_WRITE);
    private static final CanonicalConversion XAI = CanonicalConversion.convention("xai-chat")
            .total(CanonicalConversion.Total.AT_LEAST)
            .beside(CanonicalRole.REASONING);

    private static List<String> rulesAt(Validated<?> validated) {
        return validated.violations().stream().map(violation -> violation.rule() + " " + violation.wirePath()).toList();
    }

    @Test
    void partsBesideTheInputAreAddedToItAndCacheCountsTakenOutOfTheUncached() {
        ImmutableCanonicalUsage usage = ANTHROPIC.counts().input(100).output(20).total(200)
                .part(CanonicalRole.CACHE_READ, 50).part(CanonicalRole.CACHE_WRITE, 30)
                .convert().orElseThrow();

        assertThat(usage.inputTokens()).isEqualTo(180);
        assertThat(usage.inputUncachedTokens()).isEqualTo(100);
        assertThat(usage.totalTokens()).isEqualTo(200);
        assertThat(usage.unattributedTokens()).isEmpty();
        assertThat(usage.convention()).hasValue("anthropic-messages");
    }

    @Test
    void anEqualTotalThatDiffersFromWhatTheCanonicalTotalAddsIsASumViolationNotAnotherNumber() {
        Validated<ImmutableCanonicalUsage> usage = ANTHROPIC.counts().input(100).output(20).total(120)
                .part(CanonicalRole.CACHE_READ, 50).convert();

        assertThat(rulesAt(usage)).containsExactly("SUM /total_tokens");
    }

    @Test
    void anAtLeastTotalKeepsWhatItCountsBeyondInputAndOutputAsUnattributed() {
        ImmutableCanonicalUsage usage = XAI.counts().input(32).output(9).total(140)
                .part(CanonicalRole.REASONING, 94).convert().orElseThrow();

        assertThat(usage.outputTokens()).isEqualTo(103);
        assertThat(usage.outputTextTokens()).isEqualTo(9);
        assertThat(usage.unattributedTokens()).hasValue(5);
    }

    @Test
    void anAtLeastTotalBelowInputAndOutputIsANegativeUnattributedCountNeverAClampedZero() {
        Validated<ImmutableCanonicalUsage> usage = XAI.counts().input(32).output(9).total(40)
                .part(CanonicalRole.REASONING, 94).convert();

        assertThat(rulesAt(usage)).containsExactly("NON_NEGATIVE /unattributed_tokens");
        assertThat(usage.violations().get(0).actual()).isEqualTo(-95L);
    }

    @Test
    void aSumPastLongMaxIsAnOverflowAtTheCanonicalCountItMakes() {
        Validated<ImmutableCanonicalUsage> usage = ANTHROPIC.counts().input(Long.MAX_VALUE).output(1).total(1)
                .part(CanonicalRole.CACHE_READ, 1).convert();

        assertThat(rulesAt(usage)).containsExactly("OVERFLOW /input_tokens");
        Violation overflow = usage.violations().get(0);
        assertThat(overflow.actual()).isEqualTo(new java.math.BigInteger("9223372036854775808"));
        assertThat(overflow.message()).isEqualTo("inputTokens, the input count and the parts beside it, adds up to"
                + " 9223372036854775808, past 9223372036854775807");
    }

    @Test
    void partsInsideTheOutputAreTakenOutOfItsTextAndMoreThanItHoldsIsRejected() {
        CanonicalConversion openAi = CanonicalConversion.convention("openai-chat")
                .inside(CanonicalRole.REASONING, CanonicalRole.OUTPUT_AUDIO);

        ImmutableCanonicalUsage usage = openAi.counts().input(1).output(100).part(CanonicalRole.REASONING, 60)
                .part(CanonicalRole.OUTPUT_AUDIO, 30).convert().orElseThrow();
        Validated<ImmutableCanonicalUsage> tooMuch = openAi.counts().input(1).output(100)
                .part(CanonicalRole.REASONING, 60).part(CanonicalRole.OUTPUT_AUDIO, 50).convert();

        assertThat(usage.outputTextTokens()).isEqualTo(10);
        assertThat(usage.totalTokens()).isEqualTo(101);
        assertThat(rulesAt(tooMuch)).containsExactly("NON_NEGATIVE /output_text_tokens");
    }

    @Test
    void anAbsentInputOrOutputIsZeroAndAnAbsentPartStaysAbsent() {
        ImmutableCanonicalUsage usage = ANTHROPIC.counts().input(CanonicalConversion.ABSENT)
                .output(CanonicalConversion.ABSENT).part(CanonicalRole.CACHE_READ, CanonicalConversion.ABSENT)
                .convert().orElseThrow();

        assertThat(usage.inputTokens()).isEqualTo(0);
        assertThat(usage.cacheReadTokens()).isEmpty();
        assertThat(usage.totalTokens()).isEqualTo(0);
    }

    @Test
    void aFloatingCostIsTheDecimalItsShortestTextWritesAndNaNIsAViolation() {
        CanonicalConversion gateway = CanonicalConversion.convention("gateway");

        ImmutableCanonicalUsage usage = gateway.counts().input(1).output(1).cost(0.000582).convert().orElseThrow();
        Validated<ImmutableCanonicalUsage> notANumber = gateway.counts().input(1).output(1).cost(Double.NaN).convert();

        assertThat(usage.cost()).hasValue(new BigDecimal("0.000582"));
        assertThat(gateway.counts().input(1).output(1).cost(OptionalDouble.empty()).cost(Optional.empty()).convert()
                .orElseThrow().cost()).isEmpty();
        assertThat(rulesAt(notANumber)).containsExactly("FINITE /cost");
        assertThat(notANumber.violations().get(0).rule()).isEqualTo(Rule.FINITE);
    }

    @Test
    void webSearchRequestsAreKeptAndANegativeNumberIsARangeViolation() {
        CanonicalConversion gateway = CanonicalConversion.convention("gateway");

        assertThat(gateway.counts().input(1).output(1).webSearchRequests(3).convert().orElseThrow().webSearchRequests())
                .hasValue(3);
        assertThat(rulesAt(gateway.counts().input(1).output(1).webSearchRequests(-1L).convert()))
                .containsExactly("RANGE /web_search_requests");
    }

    @Test
    void whatNoGeneratedConversionDoesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ANTHROPIC.counts().part(CanonicalRole.REASONING, 1));
        assertThrows(IllegalArgumentException.class, () -> ANTHROPIC.counts().input(-2));
        assertThrows(IllegalStateException.class, () -> CanonicalConversion.convention("p").counts().total(1));
        assertThrows(IllegalArgumentException.class, () -> ANTHROPIC.beside(CanonicalRole.CACHE_READ));
        assertThrows(IllegalArgumentException.class, () -> ANTHROPIC.beside(CanonicalRole.ACCEPTED_PREDICTION));
        assertThrows(IllegalArgumentException.class, () -> CanonicalConversion.count(1.5));
    }
}
