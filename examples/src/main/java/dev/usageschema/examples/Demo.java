package dev.usageschema.examples;

import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.examples.seeds.seed000.ImmutableDeploymentStreamUsage;
import dev.usageschema.examples.seeds.seed001.ImmutableStreamedCompletionsResultUsage;
import dev.usageschema.examples.seeds.seed002.ImmutablePostV2ProxyCompletionsUsage;
import dev.usageschema.examples.seeds.seed003.ImmutableCompletionUsage;
import dev.usageschema.examples.seeds.seed004.ImmutablePromptTokensDetails;

/**
 * Builds a valid value of each seed shape, then the two examples that the seeds' own SDK pages
 * get wrong, and shows how each is rejected.
 */
public final class Demo {

    private Demo() {
    }

    public static void main(String[] args) {
        System.out.println("Valid values, one per seed shape:");
        show("000", ImmutableDeploymentStreamUsage.builder()
                .promptTokens(9).completionTokens(12).totalTokens(21)
                .tryBuild());
        show("001", ImmutableStreamedCompletionsResultUsage.builder()
                .promptTokens(5).completionTokens(7).totalTokens(12)
                .tryBuild());
        show("002", ImmutablePostV2ProxyCompletionsUsage.builder()
                .promptTokens(5).completionTokens(7).totalTokens(12)
                .tryBuild());
        show("003", ImmutableCompletionUsage.builder()
                .promptTokens(703732).completionTokens(394512).totalTokens(1098244)
                .putAdditionalProperties("serviceTier", "default")
                .tryBuild());
        show("004", dev.usageschema.examples.seeds.seed004.ImmutableCompletionUsage.builder()
                .completionTokens(12).promptTokens(9).totalTokens(21)
                .promptTokensDetails(ImmutablePromptTokensDetails.builder().audioTokens(0).cachedTokens(3).build())
                .tryBuild());

        System.out.println();
        System.out.println("The seeds' own wrong examples:");
        show("003", ImmutableCompletionUsage.builder()
                .completionTokens(394512).promptTokens(703732).totalTokens(119453)
                .tryBuild());
        show("004", dev.usageschema.examples.seeds.seed004.ImmutableCompletionUsage.builder()
                .completionTokens(12).promptTokens(9).totalTokens(21)
                .promptTokensDetails(ImmutablePromptTokensDetails.builder().audioTokens(0).cachedTokens(10).build())
                .tryBuild());
    }

    private static void show(String seed, Validated<?> result) {
        if (result.isValid()) {
            System.out.println("  seed " + seed + " accepted: " + result.value().orElseThrow());
            return;
        }
        System.out.println("  seed " + seed + " rejected:");
        for (Violation violation : result.violations()) {
            System.out.println("    " + violation.wirePath() + ": " + violation.message());
        }
    }
}
