package dev.usageschema.providers.gateways;

import dev.usageschema.Addable;
import dev.usageschema.AdditionalProperties;
import dev.usageschema.AtMost;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Merge;
import dev.usageschema.MergeRule;
import dev.usageschema.Nullable;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Opper's OpenAI-compatible chat usage (seed 003, whose camelCase is the SDK's view; the wire is snake_case):
 * the three counts required, both details objects and each of their counts nullable. The SDK keeps any other
 * key, at the top and in the details ({@code catchall}): so does the schema. OpenAI's arithmetic is implied,
 * not documented: total = prompt + completion (the seed's example, 703732 + 394512 against 119453, is a
 * generated one), details inside their parents. The SDK parses no stream.
 */
@Addable
@CanonicalMapping(convention = "opper", input = "promptTokens", output = "completionTokens", total = "totalTokens",
        cacheRead = "promptTokensDetails.cachedTokens", inputAudio = "promptTokensDetails.audioTokens",
        reasoning = "completionTokensDetails.reasoningTokens", outputAudio = "completionTokensDetails.audioTokens",
        acceptedPrediction = "completionTokensDetails.acceptedPredictionTokens",
        rejectedPrediction = "completionTokensDetails.rejectedPredictionTokens")
@UsageSchema
public interface OpperUsage {

    long completionTokens();

    long promptTokens();

    @Sum({"promptTokens", "completionTokens"})
    long totalTokens();

    @AtMost("completionTokens")
    @Nullable
    Optional<CompletionDetails> completionTokensDetails();

    @AtMost("promptTokens")
    @Nullable
    Optional<PromptDetails> promptTokensDetails();

    /** Whatever else Opper sends: kept, and left out of a sum. */
    @AdditionalProperties
    @Merge(MergeRule.DROP)
    Map<String, Object> extra();

    /** Parts of the completion. */
    @Addable
    @UsageSchema
    interface CompletionDetails {

        @Nullable
        OptionalLong acceptedPredictionTokens();

        @Nullable
        OptionalLong audioTokens();

        @Nullable
        OptionalLong reasoningTokens();

        @Nullable
        OptionalLong rejectedPredictionTokens();

        @AdditionalProperties
        @Merge(MergeRule.DROP)
        Map<String, Object> extra();
    }

    /** Parts of the prompt. */
    @Addable
    @UsageSchema
    interface PromptDetails {

        @Nullable
        OptionalLong audioTokens();

        @Nullable
        OptionalLong cachedTokens();

        @AdditionalProperties
        @Merge(MergeRule.DROP)
        Map<String, Object> extra();
    }
}
