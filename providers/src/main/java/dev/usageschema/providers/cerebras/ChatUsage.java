package dev.usageschema.providers.cerebras;

import dev.usageschema.Addable;
import dev.usageschema.AtMost;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.StreamStyle;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Cerebras' {@code usage}, in its wire order: total = prompt + completion (15 of 15 recorded), reasoning
 * inside the completion (10 of 10; not declared by the SDK), cached inside the prompt (14 of 14). The SDK
 * makes every count optional. The timings are a sibling object, {@code time_info}, not read here.
 */
@Addable(stream = StreamStyle.FINAL_ONLY)
@CanonicalMapping(convention = "cerebras-chat", input = "promptTokens", output = "completionTokens",
        total = "totalTokens", cacheRead = "promptTokensDetails.cachedTokens",
        reasoning = "completionTokensDetails.reasoningTokens",
        acceptedPrediction = "completionTokensDetails.acceptedPredictionTokens",
        rejectedPrediction = "completionTokensDetails.rejectedPredictionTokens")
@UsageSchema
public interface ChatUsage {

    @Sum({"promptTokens", "completionTokens"})
    OptionalLong totalTokens();

    OptionalLong completionTokens();

    @AtMost("completionTokens")
    Optional<CompletionDetails> completionTokensDetails();

    OptionalLong promptTokens();

    @AtMost("promptTokens")
    Optional<PromptDetails> promptTokensDetails();

    /** Parts of the completion. */
    @Addable
    @UsageSchema
    interface CompletionDetails {

        OptionalLong acceptedPredictionTokens();

        OptionalLong rejectedPredictionTokens();

        OptionalLong reasoningTokens();
    }

    /** Parts of the prompt. */
    @Addable
    @UsageSchema
    interface PromptDetails {

        OptionalLong cachedTokens();
    }
}
