package dev.usageschema.providers.gateways;

import dev.usageschema.Addable;
import dev.usageschema.AtMost;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Nullable;
import dev.usageschema.StreamStyle;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import java.util.Optional;

/**
 * Atoma's usage (seed 004): the chat {@code CompletionUsage}, and the {@code Usage} of completions and
 * confidential-compute responses, which adds the completion details. The three counts are required; inside
 * a details object every count is required too. total = prompt + completion, as documented; cached and audio
 * inside the prompt (the seed's example, cached 10 of a prompt of 9, is a generated one), the completion
 * details inside the completion.
 */
@Addable(stream = StreamStyle.FINAL_ONLY)
@CanonicalMapping(convention = "atoma", input = "promptTokens", output = "completionTokens", total = "totalTokens",
        cacheRead = "promptTokensDetails.cachedTokens", inputAudio = "promptTokensDetails.audioTokens",
        reasoning = "completionTokensDetails.reasoningTokens", outputAudio = "completionTokensDetails.audioTokens",
        acceptedPrediction = "completionTokensDetails.acceptedPredictionTokens",
        rejectedPrediction = "completionTokensDetails.rejectedPredictionTokens")
@UsageSchema
public interface AtomaUsage {

    long promptTokens();

    long completionTokens();

    @Sum({"promptTokens", "completionTokens"})
    long totalTokens();

    @AtMost("promptTokens")
    @Nullable
    Optional<PromptDetails> promptTokensDetails();

    /** In {@code Usage} only. */
    @AtMost("completionTokens")
    Optional<CompletionDetails> completionTokensDetails();

    /** Parts of the prompt, both required. */
    @Addable
    @UsageSchema
    interface PromptDetails {

        long audioTokens();

        long cachedTokens();
    }

    /** Parts of the completion, all required. */
    @Addable
    @UsageSchema
    interface CompletionDetails {

        long acceptedPredictionTokens();

        long audioTokens();

        long reasoningTokens();

        long rejectedPredictionTokens();
    }
}
