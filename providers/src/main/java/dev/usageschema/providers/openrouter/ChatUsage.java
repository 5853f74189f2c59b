package dev.usageschema.providers.openrouter;

import dev.usageschema.AbsentParts;
import dev.usageschema.Addable;
import dev.usageschema.AtMost;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Merge;
import dev.usageschema.MergeRule;
import dev.usageschema.NotACount;
import dev.usageschema.NullInSum;
import dev.usageschema.Nullable;
import dev.usageschema.Severity;
import dev.usageschema.StreamStyle;
import dev.usageschema.Sum;
import dev.usageschema.SumRelation;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireName;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * OpenRouter's {@code usage}, in OpenAI's convention for every upstream (Anthropic's beside-counts converted):
 * total = prompt + completion (62 of 62 recorded); cache reads and writes inside the prompt, reasoning, image
 * and audio inside the completion. Two bounds ship as warnings: cache reads plus writes at most the prompt
 * (61 of 62: Gemini through Google AI Studio reported the same 2161 tokens as read and written of a 2168-token
 * prompt), and reasoning at most the completion (61 of 62: an errored stream reported 11 above 10). The cost
 * is the exact decimal charged, in USD credits ({@code 0} for BYOK calls).
 */
@Addable(stream = StreamStyle.FINAL_ONLY)
@CanonicalMapping(convention = "openrouter-chat", input = "promptTokens", output = "completionTokens",
        total = "totalTokens", cacheRead = "promptTokensDetails.cachedTokens",
        cacheWrite = "promptTokensDetails.cacheWriteTokens", inputAudio = "promptTokensDetails.audioTokens",
        inputVideo = "promptTokensDetails.videoTokens", reasoning = "completionTokensDetails.reasoningTokens",
        outputImage = "completionTokensDetails.imageTokens", outputAudio = "completionTokensDetails.audioTokens",
        webSearchRequests = "serverToolUseDetails.webSearchRequests", cost = "cost")
@UsageSchema
public interface ChatUsage {

    @Sum(value = {"promptTokensDetails.cachedTokens", "promptTokensDetails.cacheWriteTokens"},
            relation = SumRelation.AT_LEAST, whenAbsent = AbsentParts.COUNT_AS_ZERO, severity = Severity.WARNING)
    long promptTokens();

    long completionTokens();

    @Sum({"promptTokens", "completionTokens"})
    long totalTokens();

    /** Client libraries also spell it {@code prompt_token_details}. */
    @WireName(value = "prompt_tokens_details", alternates = "prompt_token_details")
    @AtMost(value = "promptTokens", count = "cachedTokens")
    @AtMost(value = "promptTokens", count = "cacheWriteTokens")
    @AtMost(value = "promptTokens", count = "audioTokens")
    @AtMost(value = "promptTokens", count = "videoTokens")
    Optional<PromptDetails> promptTokensDetails();

    /** Client libraries also spell it {@code completion_token_details}. */
    @WireName(value = "completion_tokens_details", alternates = "completion_token_details")
    @AtMost(value = "completionTokens", count = "reasoningTokens", severity = Severity.WARNING)
    @AtMost(value = "completionTokens", count = "imageTokens")
    @AtMost(value = "completionTokens", count = "audioTokens")
    Optional<CompletionDetails> completionTokensDetails();

    /** The credits charged, an exact decimal; absent in the oldest recordings. */
    @NotACount(min = 0)
    @Merge(MergeRule.ADD)
    Optional<BigDecimal> cost();

    /** Whether the call ran on the caller's own upstream key. */
    @Merge(MergeRule.DROP)
    Optional<Boolean> isByok();

    /** What the upstream charged. */
    Optional<CostDetails> costDetails();

    /** Server-side tools (web plugin, advisor): billed requests, not tokens. */
    Optional<ServerToolUseDetails> serverToolUseDetails();

    /** Parts of the prompt. */
    @Addable
    @UsageSchema
    interface PromptDetails {

        OptionalLong cachedTokens();

        OptionalLong cacheWriteTokens();

        OptionalLong audioTokens();

        OptionalLong videoTokens();
    }

    /** Parts of the completion. */
    @Addable
    @UsageSchema
    interface CompletionDetails {

        OptionalLong reasoningTokens();

        OptionalLong imageTokens();

        OptionalLong audioTokens();
    }

    /**
     * The upstream's charge, exact decimals. {@code upstream_inference_cost} is {@code null} in the non-BYOK
     * recordings of late 2025 (7 of 52); it is the prompt plus the completions cost but for web-search fees
     * (43 of 45), which no rule checks. A {@code null} upstream cost adds nothing to a sum: the upstream costs
     * that were reported add up.
     */
    @Addable(nulls = NullInSum.ADDS_NOTHING)
    @UsageSchema
    interface CostDetails {

        @NotACount(min = 0)
        @Merge(MergeRule.ADD)
        @Nullable
        Optional<BigDecimal> upstreamInferenceCost();

        @NotACount(min = 0)
        @Merge(MergeRule.ADD)
        Optional<BigDecimal> upstreamInferencePromptCost();

        @NotACount(min = 0)
        @Merge(MergeRule.ADD)
        Optional<BigDecimal> upstreamInferenceCompletionsCost();
    }

    /** Billed server-side tool requests. */
    @Addable
    @UsageSchema
    interface ServerToolUseDetails {

        @NotACount(min = 0)
        @Merge(MergeRule.ADD)
        OptionalLong webSearchRequests();

        @NotACount(min = 0)
        @Merge(MergeRule.ADD)
        OptionalLong toolCallsRequested();

        @NotACount(min = 0)
        @Merge(MergeRule.ADD)
        OptionalLong toolCallsExecuted();
    }
}
