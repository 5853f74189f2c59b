package dev.usageschema.examples.seeds.seed000;

import dev.usageschema.Nullable;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Usage metrics for the response (seed 000): snake_case wire names, every count an optional
 * float, nullable completion details.
 */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface DeploymentStreamUsage {

    @Sum({"promptTokens", "completionTokens"})
    OptionalDouble totalTokens();

    OptionalDouble promptTokens();

    OptionalDouble completionTokens();

    Optional<PromptTokensDetails> promptTokensDetails();

    /** May be absent, or present as {@code null}. */
    @Nullable
    Optional<CompletionTokensDetails> completionTokensDetails();
}
