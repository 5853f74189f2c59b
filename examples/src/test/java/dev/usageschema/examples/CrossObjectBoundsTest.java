package dev.usageschema.examples;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Rule;
import dev.usageschema.Violation;
import dev.usageschema.examples.providers.ImmutableCohereTokens;
import dev.usageschema.examples.providers.ImmutableCohereUsage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bounds between counts of sibling objects: Cohere's billed units at most its processed tokens. */
class CrossObjectBoundsTest {

    private static ImmutableCohereTokens tokens(double input, double output) {
        return ImmutableCohereTokens.builder().inputTokens(input).outputTokens(output).build();
    }

    @Test
    void billedWithinProcessedIsValid() {
        assertThat(ImmutableCohereUsage.builder().billedUnits(tokens(60, 20)).tokens(tokens(70, 20)).build()
                .violations()).isEmpty();
    }

    @Test
    void eachBilledCountIsBoundedByItsOwnProcessedCount() {
        List<Violation> violations = ImmutableCohereUsage.builder()
                .billedUnits(tokens(80, 25)).tokens(tokens(70, 20)).violations();

        assertThat(violations.stream().map(Violation::message).toList()).containsExactly(
                "billedUnits.inputTokens 80 > tokens.inputTokens 70",
                "billedUnits.outputTokens 25 > tokens.outputTokens 20").inOrder();
        assertThat(violations.get(0).rule()).isEqualTo(Rule.AT_MOST);
        assertThat(violations.get(0).wirePath()).isEqualTo("/billed_units/input_tokens");
        assertThat(violations.get(1).wirePath()).isEqualTo("/billed_units/output_tokens");
    }

    @Test
    void withoutTheProcessedTokensNothingIsBounded() {
        assertThat(ImmutableCohereUsage.builder().billedUnits(tokens(80, 25)).violations()).isEmpty();
    }
}
