package dev.usageschema.runtime;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Severity;
import dev.usageschema.Violation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a holder stores of a nested value, and the warnings it asks of it. */
class NestedValuesTest {

    private static final Property CACHED = Property.of("cachedTokens", "cached_tokens");
    private static final Property PROMPT = Property.of("promptTokens", "prompt_tokens");
    private static final Property DETAILS = Property.of("promptTokensDetails", "prompt_tokens_details");
    private static final Violation WARNING = BoundRule.of(Severity.WARNING, CACHED, PROMPT).violation(3, 2);

    /** A nested model with the warnings it was made with. */
    private static class Details extends Counted {
        private final List<Violation> warnings;

        Details(List<Violation> warnings) {
            this.warnings = warnings;
        }

        @Override
        public List<Violation> violations() {
            return warnings;
        }

        /** Made valid: nothing is left to find. */
        @Override
        protected List<Violation> $check(List<Violation> rejected) {
            return rejected;
        }

        @Override
        protected List<Violation> $countsAbove(List<Violation> found, NestedBoundRule rule, long bound) {
            return found;
        }
    }

    /** Another model that implements the same schema: a holder keeps one only to reject it. */
    private static final class OtherModel extends Details {
        OtherModel(List<Violation> warnings) {
            super(warnings);
        }
    }

    @Test
    void theWarningsOfTheStoredModelAreAddedUnderTheHolder() {
        List<Violation> found = NestedValues.reportWarnings(null, DETAILS, Details.class, new Details(List.of(WARNING)));

        assertThat(found).hasSize(1);
        assertThat(found.get(0).wirePath()).isEqualTo("/prompt_tokens_details/cached_tokens");
        assertThat(found.get(0).propertyPath()).isEqualTo("promptTokensDetails.cachedTokens");
        assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void aModelWithoutWarningsAValueOfAnotherClassAndNullLeaveWhatWasFoundAsItWas() {
        List<Violation> found = new ArrayList<>(List.of(WARNING));

        assertThat(NestedValues.reportWarnings(null, DETAILS, Details.class, new Details(List.of()))).isNull();
        assertThat(NestedValues.reportWarnings(found, DETAILS, OtherModel.class, new Details(List.of(WARNING))))
                .isSameInstanceAs(found);
        assertThat(NestedValues.reportWarnings(found, DETAILS, Details.class, "not a model")).isSameInstanceAs(found);
        assertThat(NestedValues.reportWarnings(found, DETAILS, Details.class, null)).isSameInstanceAs(found);
        assertThat(found).containsExactly(WARNING);
    }
}
