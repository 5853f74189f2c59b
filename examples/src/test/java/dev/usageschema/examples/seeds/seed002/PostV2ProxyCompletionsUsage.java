package dev.usageschema.examples.seeds.seed002;

import dev.usageschema.Nullable;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import dev.usageschema.examples.seeds.seed000.CompletionTokensDetails;
import dev.usageschema.examples.seeds.seed000.PromptTokensDetails;
import java.util.Optional;
import java.util.OptionalDouble;

/** Usage statistics for the completion request (seed 002): as seed 000, both details nullable. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface PostV2ProxyCompletionsUsage {

    /** Number of tokens in the generated completion. */
    OptionalDouble completionTokens();

    /** Number of tokens in the prompt. */
    OptionalDouble promptTokens();

    /** Total number of tokens used in the request (prompt + completion). */
    @Sum({"promptTokens", "completionTokens"})
    OptionalDouble totalTokens();

    @Nullable
    Optional<PromptTokensDetails> promptTokensDetails();

    @Nullable
    Optional<CompletionTokensDetails> completionTokensDetails();
}
