package dev.usageschema.examples;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Rule;
import dev.usageschema.Violation;
import dev.usageschema.examples.providers.ImmutableXaiUsage;
import dev.usageschema.examples.providers.ImmutableXaiUsage_XaiCompletionDetails;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A total that includes tokens the provider does not itemise: at least its listed parts. */
class AtLeastTotalsTest {

    @Test
    void aTotalAboveItsListedPartsIsValid() {
        ImmutableXaiUsage usage = ImmutableXaiUsage.builder()
                .promptTokens(32).completionTokens(9).totalTokens(176)
                .completionTokensDetails(ImmutableXaiUsage_XaiCompletionDetails.builder().reasoningTokens(135).build())
                .build();

        assertThat(usage.violations()).isEmpty();
        assertThat(ImmutableXaiUsage.builder().promptTokens(32).completionTokens(9).totalTokens(41).violations()).isEmpty();
    }

    @Test
    void aTotalBelowItsListedPartsIsAViolation() {
        List<Violation> violations = ImmutableXaiUsage.builder().promptTokens(32).completionTokens(9).totalTokens(40)
                .violations();

        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).rule()).isEqualTo(Rule.SUM);
        assertThat(violations.get(0).expected()).isEqualTo(">= 41");
        assertThat(violations.get(0).message()).isEqualTo("promptTokens 32 + completionTokens 9"
                + " + completionTokensDetails.reasoningTokens absent (0) > totalTokens 40");
    }

    @Test
    void anOverflowingSumIsStillAnError() {
        List<Violation> violations = ImmutableXaiUsage.builder().promptTokens(Long.MAX_VALUE).completionTokens(1)
                .totalTokens(Long.MAX_VALUE).violations();

        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).rule()).isEqualTo(Rule.OVERFLOW);
    }
}
