package dev.usageschema.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.UsageSchemaGenerated;
import dev.usageschema.UsageViolationException;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PathsAndViolationsTest {

    private static final Property DETAILS = Property.of("promptTokensDetails", "prompt_tokens_details");

    @Test
    void pathsAreJsonPointersInWireNamesAndDottedInJavaNames() {
        Property cached = Property.nested(DETAILS, "cachedTokens", "cached_tokens");

        assertThat(cached.wirePath()).isEqualTo("/prompt_tokens_details/cached_tokens");
        assertThat(cached.propertyPath()).isEqualTo("promptTokensDetails.cachedTokens");
        assertThat(Property.of("a", "x/y~z").wirePath()).isEqualTo("/x~1y~0z");
        assertThat(cached.toString()).isEqualTo("promptTokensDetails.cachedTokens");
    }

    @Test
    void aCountTwoLevelsDownIsNamedByItsJavaPathAtTheWireNameOfEachStep() {
        Property ephemeral = Property.path("cacheCreation.ephemeral5mInputTokens", "cache_creation",
                "ephemeral_5m/input");

        assertThat(ephemeral.name()).isEqualTo("cacheCreation.ephemeral5mInputTokens");
        assertThat(ephemeral.propertyPath()).isEqualTo("cacheCreation.ephemeral5mInputTokens");
        assertThat(ephemeral.wirePath()).isEqualTo("/cache_creation/ephemeral_5m~1input");
        assertThat(Property.element(ephemeral, 3).wirePath()).isEqualTo("/cache_creation/ephemeral_5m~1input/3");
    }

    @Test
    void nestedViolationsMoveUnderTheirHolder() {
        Violation inner = Violations.required(Property.of("cachedTokens", "cached_tokens"));
        List<Violation> moved = Violations.addNested(null, DETAILS, List.of(inner));

        assertThat(moved.get(0).wirePath()).isEqualTo("/prompt_tokens_details/cached_tokens");
        assertThat(moved.get(0).propertyPath()).isEqualTo("promptTokensDetails.cachedTokens");
        assertThat(moved.get(0).message()).isEqualTo(inner.message());
    }

    @Test
    void theListIsAllocatedOnlyForTheFirstViolation() {
        assertThat(Violations.done(null)).isSameInstanceAs(List.of());
        assertThat(Violations.done(Violations.add(null, Violations.notNull(DETAILS)))).hasSize(1);
    }

    @Test
    void boundBreaksOnlyWhenBothSidesAreValid() {
        BoundRule rule = BoundRule.of(Severity.ERROR, Property.of("cached", "cached"), Property.of("prompt", "prompt"));

        assertThat(rule.breaks(10, 9)).isTrue();
        assertThat(rule.breaks(9, 9)).isFalse();
        assertThat(rule.breaks(10, Counts.ABSENT)).isFalse();
        assertThat(rule.breaks(Counts.INVALID, 9)).isFalse();
        assertThat(rule.violation(10, 9).message()).isEqualTo("cached 10 > prompt 9");
    }

    @Test
    void additionalPropertiesMayNotShadowDeclaredNames() {
        Property extra = Property.of("extra", "extra");
        List<Violation> found = Violations.additionalProperties(null, extra, Map.of("prompt_tokens", 1, "x", 2),
                Set.of("prompt_tokens"));

        assertThat(found).hasSize(1);
        assertThat(found.get(0).rule()).isEqualTo(Rule.ADDITIONAL_PROPERTY);
        // Where the field sits on the wire, beside the declared ones: the map has no place in JSON.
        assertThat(found.get(0).wirePath()).isEqualTo("/prompt_tokens");
        assertThat(found.get(0).propertyPath()).isEqualTo("extra");
        List<Violation> nested = Violations.additionalProperties(null, Property.nested(Property.of("details", "details"),
                "extra", "extra"), Map.of("a/b", 1), Set.of("a/b"));
        assertThat(nested.get(0).wirePath()).isEqualTo("/details/a~1b");
    }

    @Test
    void buildThrowsOnErrorsWithEveryViolationAndPassesWarnings() {
        Violation error = Violations.required(DETAILS);
        Violation warning = BoundRule.of(Severity.WARNING, DETAILS, DETAILS).violation(2, 1);

        UsageViolationException thrown = assertThrows(UsageViolationException.class,
                () -> Violations.built("ChatUsage", "value", List.of(error, warning)));
        assertThat(thrown.violations()).containsExactly(error, warning).inOrder();
        assertThat(thrown).hasMessageThat().isEqualTo("ChatUsage is invalid (2 violations):\n"
                + "  ERROR REQUIRED at /prompt_tokens_details: promptTokensDetails is required but was not set\n"
                + "  WARNING AT_MOST at /prompt_tokens_details: promptTokensDetails 2 > promptTokensDetails 1");
        assertThat(Violations.built("ChatUsage", "value", List.of(warning))).isEqualTo("value");
        assertThat(Violations.built("ChatUsage", "value", null)).isEqualTo("value");
    }

    @Test
    void validatedSeparatesErrorsFromWarnings() {
        Violation warning = BoundRule.of(Severity.WARNING, DETAILS, DETAILS).violation(2, 1);
        Validated<String> valid = Validated.valid("S", "value", List.of(warning));
        Validated<String> invalid = Validated.invalid("S", List.of(Violations.required(DETAILS)));

        assertThat(valid.orElseThrow()).isEqualTo("value");
        assertThat(valid.warnings()).containsExactly(warning);
        assertThat(invalid.value()).isEmpty();
        assertThrows(UsageViolationException.class, invalid::orElseThrow);
    }

    @Test
    void aViolationIsAnErrorOrAWarningNeverOff() {
        assertThrows(IllegalArgumentException.class,
                () -> new Violation("/a", "a", Rule.SUM, Severity.OFF, null, "x", "y"));
    }

    @Test
    void theGeneratedMarkerIsVisibleToCoverageTools() {
        Retention retention = UsageSchemaGenerated.class.getAnnotation(Retention.class);
        assertThat(retention.value()).isEqualTo(RetentionPolicy.CLASS);
        assertThat(UsageSchemaGenerated.class.getSimpleName()).contains("Generated");
    }
}
