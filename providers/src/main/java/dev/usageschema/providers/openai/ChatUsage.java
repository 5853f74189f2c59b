package dev.usageschema.providers.openai;

import dev.usageschema.AbsentParts;
import dev.usageschema.Addable;
import dev.usageschema.AtMost;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Nullable;
import dev.usageschema.StreamStyle;
import dev.usageschema.Sum;
import dev.usageschema.SumRelation;
import dev.usageschema.UsageSchema;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * OpenAI Chat Completions' {@code usage} ({@code CompletionUsage}): total = prompt + completion (182 of 182
 * recorded bodies, 48 of 48 streamed final usages); every detail lies inside its parent count, and the
 * cache reads and writes together inside the prompt (182 of 182). The details objects are always sent by
 * api.openai.com, and absent or {@code null} from OpenAI-compatible servers.
 */
@Addable(stream = StreamStyle.FINAL_ONLY)
@CanonicalMapping(convention = "openai-chat", input = "promptTokens", output = "completionTokens", total = "totalTokens",
        cacheRead = "promptTokensDetails.cachedTokens", cacheWrite = "promptTokensDetails.cacheWriteTokens",
        inputAudio = "promptTokensDetails.audioTokens", inputImage = "promptTokensDetails.imageTokens",
        reasoning = "completionTokensDetails.reasoningTokens", outputAudio = "completionTokensDetails.audioTokens",
        acceptedPrediction = "completionTokensDetails.acceptedPredictionTokens",
        rejectedPrediction = "completionTokensDetails.rejectedPredictionTokens",
        unmapped = {"promptTokensDetails.textTokens", "completionTokensDetails.textTokens"})
@UsageSchema
public interface ChatUsage {

    /** Every prompt token, cached or not. */
    @Sum(value = {"promptTokensDetails.cachedTokens", "promptTokensDetails.cacheWriteTokens"},
            relation = SumRelation.AT_LEAST, whenAbsent = AbsentParts.COUNT_AS_ZERO)
    long promptTokens();

    /** Every generated token, reasoning and rejected predictions included. */
    long completionTokens();

    @Sum({"promptTokens", "completionTokens"})
    long totalTokens();

    @AtMost("promptTokens")
    @Nullable
    Optional<PromptDetails> promptTokensDetails();

    @AtMost("completionTokens")
    @Nullable
    Optional<CompletionDetails> completionTokensDetails();

    /**
     * Parts of the prompt. {@code text_tokens} and {@code image_tokens} come only with audio models (2 of
     * 182), where text + audio + image = prompt; {@code cache_write_tokens} since 2026 (2 of 182).
     */
    @Addable
    @UsageSchema
    interface PromptDetails {

        /** Read from the prompt cache. */
        OptionalLong cachedTokens();

        /** Written to the prompt cache. */
        OptionalLong cacheWriteTokens();

        OptionalLong audioTokens();

        OptionalLong textTokens();

        OptionalLong imageTokens();
    }

    /**
     * Parts of the completion: reasoning (0 to the whole completion), audio, and the predicted-output
     * tokens, accepted or rejected (both billed as completion tokens). {@code text_tokens} only with audio
     * models, where text + audio = completion.
     */
    @Addable
    @UsageSchema
    interface CompletionDetails {

        OptionalLong reasoningTokens();

        OptionalLong audioTokens();

        OptionalLong acceptedPredictionTokens();

        OptionalLong rejectedPredictionTokens();

        OptionalLong textTokens();
    }
}
