package dev.usageschema.examples;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.usageschema.Rule;
import dev.usageschema.UsageViolationException;
import dev.usageschema.Violation;
import dev.usageschema.examples.seeds.seed000.ImmutableCompletionTokensDetails;
import dev.usageschema.examples.seeds.seed000.ImmutableDeploymentStreamUsage;
import dev.usageschema.examples.seeds.seed000.ImmutablePromptTokensDetails;
import dev.usageschema.examples.seeds.seed001.ImmutableStreamedCompletionsResultUsage;
import dev.usageschema.examples.seeds.seed002.ImmutablePostV2ProxyCompletionsUsage;
import dev.usageschema.examples.seeds.seed003.ImmutableCompletionUsage;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The five seed shapes as first written (test schemas; the catalogue has its own): they work, and the two wrong examples of their SDK pages are caught. */
class SeedShapesTest {

    @Test
    void seed003WrongTotalIsRejectedWithTheArithmetic() {
        UsageViolationException rejected = assertThrows(UsageViolationException.class,
                () -> ImmutableCompletionUsage.builder()
                        .completionTokens(394512).promptTokens(703732).totalTokens(119453)
                        .build());

        assertThat(rejected.violations()).hasSize(1);
        Violation violation = rejected.violations().get(0);
        assertThat(violation.rule()).isEqualTo(Rule.SUM);
        assertThat(violation.wirePath()).isEqualTo("/totalTokens");
        assertThat(violation.propertyPath()).isEqualTo("totalTokens");
        assertThat(violation.actual()).isEqualTo(119453L);
        assertThat(violation.expected()).isEqualTo("1098244");
        assertThat(violation.message()).isEqualTo("promptTokens 703732 + completionTokens 394512 != totalTokens 119453");
        assertThat(rejected).hasMessageThat().contains("promptTokens 703732 + completionTokens 394512 != totalTokens 119453");
    }

    @Test
    void seed004CachedTokensAbovePromptIsRejectedAtTheNestedPath() {
        UsageViolationException rejected = assertThrows(UsageViolationException.class,
                () -> dev.usageschema.examples.seeds.seed004.ImmutableCompletionUsage.builder()
                        .completionTokens(12).promptTokens(9).totalTokens(21)
                        .promptTokensDetails(dev.usageschema.examples.seeds.seed004.ImmutablePromptTokensDetails.builder()
                                .audioTokens(0).cachedTokens(10).build())
                        .build());

        assertThat(rejected.violations()).hasSize(1);
        Violation violation = rejected.violations().get(0);
        assertThat(violation.rule()).isEqualTo(Rule.AT_MOST);
        assertThat(violation.wirePath()).isEqualTo("/promptTokensDetails/cachedTokens");
        assertThat(violation.propertyPath()).isEqualTo("promptTokensDetails.cachedTokens");
        assertThat(violation.message()).isEqualTo("cachedTokens 10 > promptTokens 9");
    }

    @Test
    void seed000OptionalFloatsMustBeWholeAndFinite() {
        var violations = ImmutableDeploymentStreamUsage.builder()
                .promptTokens(9.5).completionTokens(Double.NaN).totalTokens(-1)
                .violations();

        assertThat(violations.stream().map(Violation::rule).toList())
                .containsExactly(Rule.NON_NEGATIVE, Rule.WHOLE_NUMBER, Rule.FINITE).inOrder();
        assertThat(violations.get(0).wirePath()).isEqualTo("/total_tokens");
        assertThat(violations.get(1).message()).isEqualTo("promptTokens 9.5 is not a whole number of tokens");
    }

    @Test
    void seed000FloatsAreExactOnlyUpTo2To53() {
        double twoTo53 = 9007199254740992.0;
        assertThat(ImmutableDeploymentStreamUsage.builder().promptTokens(twoTo53).violations()).isEmpty();

        var violations = ImmutableDeploymentStreamUsage.builder().promptTokens(twoTo53 + 2).violations();
        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).rule()).isEqualTo(Rule.EXACT_RANGE);
    }

    @Test
    void seed000WholeFloatsSumLikeIntegers() {
        var usage = ImmutableDeploymentStreamUsage.builder()
                .promptTokens(9.0).completionTokens(12.0).totalTokens(21.0)
                .build();

        assertThat(usage.totalTokens().getAsDouble()).isEqualTo(21.0);
        assertThat(ImmutableDeploymentStreamUsage.builder().promptTokens(9).completionTokens(12).totalTokens(22)
                .violations().get(0).message()).isEqualTo("promptTokens 9 + completionTokens 12 != totalTokens 22");
    }

    @Test
    void seed000CompletionDetailsKeepAbsentAndExplicitNullApart() {
        var absent = ImmutableDeploymentStreamUsage.builder().build();
        var explicitNull = ImmutableDeploymentStreamUsage.builder()
                .completionTokensDetails((Optional<ImmutableCompletionTokensDetails>) null)
                .build();
        var present = ImmutableDeploymentStreamUsage.builder()
                .completionTokensDetails(ImmutableCompletionTokensDetails.builder().reasoningTokens(3).build())
                .build();

        assertThat(absent.completionTokensDetails()).isEqualTo(Optional.empty());
        assertThat(explicitNull.completionTokensDetails()).isNull();
        assertThat(present.completionTokensDetails().orElseThrow().reasoningTokens().getAsDouble()).isEqualTo(3.0);
        assertThat(absent).isNotEqualTo(explicitNull);
        assertThat(explicitNull.toString()).contains("completionTokensDetails=null");
        assertThat(absent.toString()).doesNotContain("completionTokensDetails");
        assertThat(explicitNull.toBuilder().build()).isEqualTo(explicitNull);
    }

    @Test
    void seed000PromptDetailsAreOptionalButNotNullable() {
        var violations = ImmutableDeploymentStreamUsage.builder()
                .promptTokensDetails((ImmutablePromptTokensDetails) null)
                .violations();

        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).rule()).isEqualTo(Rule.NOT_NULL);
        assertThat(violations.get(0).wirePath()).isEqualTo("/prompt_tokens_details");
    }

    @Test
    void seed001IntegerCountsMayAllBeAbsent() {
        var empty = ImmutableStreamedCompletionsResultUsage.builder().build();
        assertThat(empty.totalTokens().isPresent()).isFalse();

        var partial = ImmutableStreamedCompletionsResultUsage.builder().promptTokens(5).totalTokens(99).build();
        assertThat(partial.totalTokens().getAsLong()).isEqualTo(99);
    }

    @Test
    void seed002BothDetailsMayBeNull() {
        var usage = ImmutablePostV2ProxyCompletionsUsage.builder()
                .promptTokens(5).completionTokens(7).totalTokens(12)
                .promptTokensDetails((ImmutablePromptTokensDetails) null)
                .completionTokensDetails((ImmutableCompletionTokensDetails) null)
                .build();

        assertThat(usage.promptTokensDetails()).isNull();
        assertThat(usage.completionTokensDetails()).isNull();
    }

    @Test
    void seed003KeepsAdditionalPropertiesAndRejectsOnesThatShadowDeclaredNames() {
        var usage = ImmutableCompletionUsage.builder()
                .completionTokens(2).promptTokens(1).totalTokens(3)
                .putAdditionalProperties("serviceTier", "flex")
                .build();
        assertThat(usage.additionalProperties()).containsExactly("serviceTier", "flex");
        assertThrows(UnsupportedOperationException.class, () -> usage.additionalProperties().put("x", 1));

        var violations = usage.toBuilder().putAdditionalProperties("totalTokens", 4).violations();
        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).rule()).isEqualTo(Rule.ADDITIONAL_PROPERTY);
        assertThat(violations.get(0).message()).contains("'totalTokens'");
        assertThat(violations.get(0).wirePath()).isEqualTo("/totalTokens");
    }

    @Test
    void seed003RequiredCountsAreAllReportedAtOnce() {
        UsageViolationException rejected = assertThrows(UsageViolationException.class,
                () -> ImmutableCompletionUsage.builder().build());

        assertThat(rejected.violations().stream().map(Violation::propertyPath).toList())
                .containsExactly("completionTokens", "promptTokens", "totalTokens").inOrder();
        assertThat(rejected.violations().stream().map(Violation::rule).distinct().toList()).containsExactly(Rule.REQUIRED);
    }
}
