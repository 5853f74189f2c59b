package dev.usageschema.providers.openai;

import dev.usageschema.AbsentParts;
import dev.usageschema.Addable;
import dev.usageschema.AtMost;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Nullable;
import dev.usageschema.Severity;
import dev.usageschema.StreamStyle;
import dev.usageschema.Sum;
import dev.usageschema.SumRelation;
import dev.usageschema.UsageSchema;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Azure OpenAI Chat Completions' {@code usage}: OpenAI's shape for OpenAI models; total = prompt + completion
 * (3 of 3 recorded). The same endpoint serves other models, which send flat {@code audio_prompt_tokens} and
 * {@code reasoning_tokens} beside the counts and {@code "prompt_tokens_details": null}: parts inside their
 * parent, never added (the flat reasoning count was 0 while the model streamed reasoning, so it is not
 * mapped). The cached count is bounded by the prompt as a warning: Azure-hosted grok models reported cached
 * tokens above the prompt in 32 recorded objects.
 */
@Addable(stream = StreamStyle.FINAL_ONLY)
@CanonicalMapping(convention = "azure-openai-chat", input = "promptTokens", output = "completionTokens",
        total = "totalTokens", cacheRead = "promptTokensDetails.cachedTokens",
        cacheWrite = "promptTokensDetails.cacheWriteTokens", inputAudio = "promptTokensDetails.audioTokens",
        inputImage = "promptTokensDetails.imageTokens", reasoning = "completionTokensDetails.reasoningTokens",
        outputAudio = "completionTokensDetails.audioTokens",
        acceptedPrediction = "completionTokensDetails.acceptedPredictionTokens",
        rejectedPrediction = "completionTokensDetails.rejectedPredictionTokens",
        unmapped = {"promptTokensDetails.textTokens", "completionTokensDetails.textTokens", "audioPromptTokens",
            "reasoningTokens"})
@UsageSchema
public interface AzureChatUsage {

    /** Every prompt token; the cache reads and writes together are at most it, as a warning (see above). */
    @Sum(value = {"promptTokensDetails.cachedTokens", "promptTokensDetails.cacheWriteTokens"},
            relation = SumRelation.AT_LEAST, whenAbsent = AbsentParts.COUNT_AS_ZERO, severity = Severity.WARNING)
    long promptTokens();

    long completionTokens();

    @Sum({"promptTokens", "completionTokens"})
    long totalTokens();

    @AtMost(value = "promptTokens", count = "cachedTokens", severity = Severity.WARNING)
    @AtMost(value = "promptTokens", count = "cacheWriteTokens", severity = Severity.WARNING)
    @AtMost(value = "promptTokens", count = "audioTokens")
    @AtMost(value = "promptTokens", count = "textTokens")
    @AtMost(value = "promptTokens", count = "imageTokens")
    @Nullable
    Optional<ChatUsage.PromptDetails> promptTokensDetails();

    @AtMost("completionTokens")
    @Nullable
    Optional<ChatUsage.CompletionDetails> completionTokensDetails();

    /** A hosted model's audio input tokens, flat beside the counts: inside the prompt. */
    @AtMost("promptTokens")
    OptionalLong audioPromptTokens();

    /** A hosted model's reasoning tokens, flat beside the counts (stream final chunks): inside the completion. */
    @AtMost("completionTokens")
    OptionalLong reasoningTokens();
}
