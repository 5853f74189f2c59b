package dev.usageschema.examples.providers;

import dev.usageschema.Addable;
import dev.usageschema.AdditionalProperties;
import dev.usageschema.AtMost;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Merge;
import dev.usageschema.MergeRule;
import dev.usageschema.StreamStyle;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.Map;
import java.util.Optional;

/** OpenAI chat completions: total = prompt + completion; the details lie within their parents. */
@Addable(stream = StreamStyle.FINAL_ONLY)
@CanonicalMapping(convention = "openai-chat", input = "promptTokens", output = "completionTokens", total = "totalTokens",
        cacheRead = "promptTokensDetails.cachedTokens", inputAudio = "promptTokensDetails.audioTokens",
        reasoning = "completionTokensDetails.reasoningTokens", outputAudio = "completionTokensDetails.audioTokens",
        acceptedPrediction = "completionTokensDetails.acceptedPredictionTokens",
        rejectedPrediction = "completionTokensDetails.rejectedPredictionTokens")
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface OpenAiChatUsage {

    long promptTokens();

    long completionTokens();

    @Sum({"promptTokens", "completionTokens"})
    long totalTokens();

    @AtMost("promptTokens")
    Optional<OpenAiPromptDetails> promptTokensDetails();

    @AtMost("completionTokens")
    Optional<OpenAiCompletionDetails> completionTokensDetails();

    @AdditionalProperties
    @Merge(MergeRule.DROP)
    Map<String, Object> extra();
}
