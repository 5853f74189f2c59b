package dev.usageschema.providers.gateways;

import dev.usageschema.Addable;
import dev.usageschema.AtMost;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Nullable;
import dev.usageschema.StreamStyle;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * orq.ai's legacy proxy completions usage (seed 002, continued as the router completions' usage): OpenAI's
 * mirror, every count optional, the three main ones typed float (a fraction is rejected), both details objects
 * and each of their counts nullable. total = prompt + completion as documented; cached and audio inside the
 * prompt, reasoning, predictions and audio inside the completion.
 */
@Addable(stream = StreamStyle.FINAL_ONLY)
@CanonicalMapping(convention = "orq-proxy-completions", input = "promptTokens", output = "completionTokens",
        total = "totalTokens", cacheRead = "promptTokensDetails.cachedTokens",
        inputAudio = "promptTokensDetails.audioTokens", reasoning = "completionTokensDetails.reasoningTokens",
        outputAudio = "completionTokensDetails.audioTokens",
        acceptedPrediction = "completionTokensDetails.acceptedPredictionTokens",
        rejectedPrediction = "completionTokensDetails.rejectedPredictionTokens")
@UsageSchema
public interface OrqProxyCompletionsUsage {

    /** Number of tokens in the generated completion. */
    OptionalLong completionTokens();

    /** Number of tokens in the prompt. */
    OptionalLong promptTokens();

    /** Total number of tokens used in the request (prompt + completion). */
    @Sum({"promptTokens", "completionTokens"})
    OptionalLong totalTokens();

    @AtMost("promptTokens")
    @Nullable
    Optional<PromptDetails> promptTokensDetails();

    @AtMost("completionTokens")
    @Nullable
    Optional<CompletionDetails> completionTokensDetails();

    /** Parts of the prompt. */
    @Addable
    @UsageSchema
    interface PromptDetails {

        @Nullable
        OptionalLong cachedTokens();

        @Nullable
        OptionalLong audioTokens();
    }

    /** Parts of the completion. */
    @Addable
    @UsageSchema
    interface CompletionDetails {

        @Nullable
        OptionalLong reasoningTokens();

        @Nullable
        OptionalLong acceptedPredictionTokens();

        @Nullable
        OptionalLong rejectedPredictionTokens();

        @Nullable
        OptionalLong audioTokens();
    }
}
