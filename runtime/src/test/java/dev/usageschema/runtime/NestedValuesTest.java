package dev.usageschema.runtime;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Severity;
import dev.usageschema.Violation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a holder stores of a nested value, and the warnings it asks of it. */
class NestedValuesTest {

    private static final Property PROMPT = Property.of("promptTokens", "prompt_tokens");
    private static final Property DETAILS = Property.of("promptTokensDetails", "prompt_tokens_details");
    private static final Violation WARNING = BoundRule.of(Severity.WARNING, StubModel.CACHED, PROMPT).violation(3, 2);

    /** Another model that implements the same schema: a holder keeps one only to reject it. */
    private static final class OtherModel extends StubModel {
        OtherModel(List<Violation> warnings) {
            super(warnings, 0);
        }
    }

    @Test
    void theWarningsOfTheStoredModelAreAddedUnderTheHolder() {
        List<Violation> found = NestedValues.reportWarnings(null, DETAILS, StubModel.class,
                new StubModel(List.of(WARNING), 0));

        assertThat(found).hasSize(1);
        assertThat(found.get(0).wirePath()).isEqualTo("/prompt_tokens_details/cached_tokens");
        assertThat(found.get(0).propertyPath()).isEqualTo("promptTokensDetails.cachedTokens");
        assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void aModelWithoutWarningsAValueOfAnotherClassAndNullLeaveWhatWasFoundAsItWas() {
        List<Violation> found = new ArrayList<>(List.of(WARNING));

        assertThat(NestedValues.reportWarnings(null, DETAILS, StubModel.class, new StubModel(List.of(), 0))).isNull();
        assertThat(NestedValues.reportWarnings(found, DETAILS, OtherModel.class, new StubModel(List.of(WARNING), 0)))
                .isSameInstanceAs(found);
        assertThat(NestedValues.reportWarnings(found, DETAILS, StubModel.class, "not a model")).isSameInstanceAs(found);
        assertThat(NestedValues.reportWarnings(found, DETAILS, StubModel.class, null)).isSameInstanceAs(found);
        assertThat(found).containsExactly(WARNING);
    }
}
