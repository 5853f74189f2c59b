package dev.usageschema.runtime;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code @AtMost} on a count and on a nested schema, and a list of nested schemas' elements at their indexes. */
class BoundRulesTest {

    private static final Property CACHED = StubModel.CACHED;
    private static final Property PROMPT = Property.of("promptTokens", "prompt_tokens");
    private static final Property DETAILS = Property.of("details", "details");

    @Test
    void aCountAboveABoundOfZeroBreaksItAndACountAtTheBoundDoesNot() {
        BoundRule rule = BoundRule.of(Severity.ERROR, CACHED, PROMPT);

        assertThat(rule.breaks(1, 0)).isTrue();
        assertThat(rule.breaks(0, 0)).isFalse();
        assertThat(rule.violation(1, 0).expected()).isEqualTo("<= 0 (promptTokens)");
        assertThat(rule.violation(1, 0).wirePath()).isEqualTo("/cached_tokens");
        assertThat(rule.violation(1, 0).actual()).isEqualTo(1L);
    }

    @Test
    void aNestedBoundBreaksAboveTheBoundOnlyAndOnlyWhenBothSidesAreValid() {
        NestedBoundRule rule = NestedBoundRule.of(Severity.WARNING, DETAILS, PROMPT);

        assertThat(rule.breaks(1, 0)).isTrue();
        assertThat(rule.breaks(5, 5)).isFalse();
        assertThat(rule.breaks(Counts.INVALID, 0)).isFalse();
        assertThat(rule.breaks(5, Counts.ABSENT)).isFalse();
    }

    @Test
    void aNestedBoundsViolationIsAtTheCountBelowTheHolderAtEveryDepth() {
        NestedBoundRule rule = NestedBoundRule.of(Severity.WARNING, DETAILS, PROMPT)
                .atIndex(2).into(Property.of("cache", "cache"));

        Violation above = rule.violation(CACHED, 10, 9);

        assertThat(above.rule()).isEqualTo(Rule.AT_MOST);
        assertThat(above.severity()).isEqualTo(Severity.WARNING);
        assertThat(above.wirePath()).isEqualTo("/details/2/cache/cached_tokens");
        assertThat(above.propertyPath()).isEqualTo("details[2].cache.cachedTokens");
        assertThat(above.message()).isEqualTo("cachedTokens 10 > promptTokens 9");
        assertThat(above.expected()).isEqualTo("<= 9 (promptTokens)");
    }

    @Test
    void eachElementsWarningsAreAtItsOwnIndex() {
        Violation warning = BoundRule.of(Severity.WARNING, CACHED, PROMPT).violation(3, 2);
        List<?> list = List.of(new StubModel(List.of(), 0), "not a model", new StubModel(List.of(warning), 3));

        List<Violation> found = NestedLists.addElements(null, DETAILS, list, StubModel.class);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).wirePath()).isEqualTo("/details/2/cached_tokens");
        assertThat(found.get(0).propertyPath()).isEqualTo("details[2].cachedTokens");
    }

    @Test
    void aParentsBoundReportsEachElementAboveItAtItsIndex() {
        NestedBoundRule rule = NestedBoundRule.of(Severity.ERROR, DETAILS, PROMPT);
        List<?> list = List.of(new StubModel(List.of(), 9), new StubModel(List.of(), 10));

        List<Violation> found = NestedLists.bound(null, rule, 9, list);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).wirePath()).isEqualTo("/details/1/cached_tokens");
    }

    @Test
    void aListInsideABoundModelIsReportedAtTheChildsPathAndAValidOneMakesNoPath() {
        NestedBoundRule rule = NestedBoundRule.of(Severity.ERROR, DETAILS, PROMPT);
        Property parts = Property.of("parts", "parts");
        List<?> list = List.of(new StubModel(List.of(), 10), new StubModel(List.of(), 9), new StubModel(List.of(), 11));

        List<Violation> found = NestedLists.bound(null, rule, parts, 9, list);

        assertThat(found).hasSize(2);
        assertThat(found.get(0).wirePath()).isEqualTo("/details/parts/0/cached_tokens");
        assertThat(found.get(1).propertyPath()).isEqualTo("details.parts[2].cachedTokens");
        assertThat(NestedLists.bound(null, rule, parts, 11, list)).isNull();
    }

    @Test
    void aNestedValueInsideABoundModelIsReportedAtTheChildsPath() {
        NestedBoundRule rule = NestedBoundRule.of(Severity.ERROR, DETAILS, PROMPT);
        Property part = Property.of("part", "part");

        List<Violation> found = NestedCounts.above(null, rule, part, 9, new StubModel(List.of(), 10));

        assertThat(found).hasSize(1);
        assertThat(found.get(0).wirePath()).isEqualTo("/details/part/cached_tokens");
        assertThat(NestedCounts.above(null, rule, part, 10, new StubModel(List.of(), 10))).isNull();
        assertThat(NestedCounts.above(null, rule, part, 9, "not a model")).isNull();
    }
}
