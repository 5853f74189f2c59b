package dev.usageschema.providers.xai;

import dev.usageschema.AbsentParts;
import dev.usageschema.Addable;
import dev.usageschema.AtMost;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Merge;
import dev.usageschema.MergeRule;
import dev.usageschema.NotACount;
import dev.usageschema.Severity;
import dev.usageschema.StreamStyle;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * xAI's {@code usage}: {@code completion_tokens} is the visible output only, and the reasoning tokens, though
 * in the completion details, are beside it: total = prompt + completion + reasoning (8 of 8 recorded, 76 of 76
 * of the gRPC sibling; prompt + completion alone 0 of 8). The prompt is its text + image + audio tokens (8 of
 * 8). The cached tokens are bounded by the prompt as a warning: some models report a prompt without its cache
 * (prompt 4142, cached 4328), and Azure-hosted grok did so in 32 recorded objects.
 */
@Addable(stream = StreamStyle.FINAL_ONLY)
@CanonicalMapping(convention = "xai-chat", input = "promptTokens", output = "completionTokens", total = "totalTokens",
        cacheRead = "promptTokensDetails.cachedTokens", inputAudio = "promptTokensDetails.audioTokens",
        inputImage = "promptTokensDetails.imageTokens", reasoning = "completionTokensDetails.reasoningTokens",
        outputAudio = "completionTokensDetails.audioTokens",
        acceptedPrediction = "completionTokensDetails.acceptedPredictionTokens",
        rejectedPrediction = "completionTokensDetails.rejectedPredictionTokens",
        unmapped = "promptTokensDetails.textTokens")
@UsageSchema
public interface ChatUsage {

    @Sum({"promptTokensDetails.textTokens", "promptTokensDetails.imageTokens", "promptTokensDetails.audioTokens"})
    long promptTokens();

    /** The visible output, reasoning not included. */
    long completionTokens();

    @Sum(value = {"promptTokens", "completionTokens", "completionTokensDetails.reasoningTokens"},
            whenAbsent = AbsentParts.COUNT_AS_ZERO)
    long totalTokens();

    @AtMost(value = "promptTokens", count = "cachedTokens", severity = Severity.WARNING)
    @AtMost(value = "promptTokens", count = "textTokens")
    @AtMost(value = "promptTokens", count = "imageTokens")
    @AtMost(value = "promptTokens", count = "audioTokens")
    Optional<PromptDetails> promptTokensDetails();

    /** Reasoning beside the completion; the other counts, 0 in every recording, inside it. */
    @AtMost(value = "completionTokens", count = "audioTokens")
    @AtMost(value = "completionTokens", count = "acceptedPredictionTokens")
    @AtMost(value = "completionTokens", count = "rejectedPredictionTokens")
    Optional<CompletionDetails> completionTokensDetails();

    /** Search sources used (Live Search, billed per source): not tokens. */
    @NotACount(min = 0)
    @Merge(MergeRule.ADD)
    OptionalLong numSourcesUsed();

    /**
     * The exact cost billed, in ticks of 10^-10 USD (1466250 ticks = $0.000146625): a whole number, added
     * exactly. Not the canonical cost, which is in USD.
     */
    @NotACount(min = 0)
    @Merge(MergeRule.ADD)
    Optional<BigInteger> costInUsdTicks();

    /** The prompt by modality, and its cache reads. */
    @Addable
    @UsageSchema
    interface PromptDetails {

        OptionalLong textTokens();

        OptionalLong audioTokens();

        OptionalLong imageTokens();

        OptionalLong cachedTokens();
    }

    /** The completion's details; reasoning is not inside the completion. */
    @Addable
    @UsageSchema
    interface CompletionDetails {

        OptionalLong reasoningTokens();

        OptionalLong audioTokens();

        OptionalLong acceptedPredictionTokens();

        OptionalLong rejectedPredictionTokens();
    }
}
