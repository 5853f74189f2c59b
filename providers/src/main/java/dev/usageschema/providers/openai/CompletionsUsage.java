package dev.usageschema.providers.openai;

import dev.usageschema.Addable;
import dev.usageschema.AtMost;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Nullable;
import dev.usageschema.StreamStyle;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import java.util.Optional;

/**
 * OpenAI's legacy Completions' {@code usage}: the Chat Completions type, of which recordings show only the
 * three counts; total = prompt + completion, the completion counting every choice ({@code n}, {@code best_of}).
 * The details, when sent, lie inside their parents as in {@link ChatUsage}.
 */
@Addable(stream = StreamStyle.FINAL_ONLY)
@CanonicalMapping(convention = "openai-completions", input = "promptTokens", output = "completionTokens",
        total = "totalTokens", cacheRead = "promptTokensDetails.cachedTokens",
        cacheWrite = "promptTokensDetails.cacheWriteTokens", inputAudio = "promptTokensDetails.audioTokens",
        inputImage = "promptTokensDetails.imageTokens", reasoning = "completionTokensDetails.reasoningTokens",
        outputAudio = "completionTokensDetails.audioTokens",
        acceptedPrediction = "completionTokensDetails.acceptedPredictionTokens",
        rejectedPrediction = "completionTokensDetails.rejectedPredictionTokens",
        unmapped = {"promptTokensDetails.textTokens", "completionTokensDetails.textTokens"})
@UsageSchema
public interface CompletionsUsage {

    long promptTokens();

    long completionTokens();

    @Sum({"promptTokens", "completionTokens"})
    long totalTokens();

    @AtMost("promptTokens")
    @Nullable
    Optional<ChatUsage.PromptDetails> promptTokensDetails();

    @AtMost("completionTokens")
    @Nullable
    Optional<ChatUsage.CompletionDetails> completionTokensDetails();
}
