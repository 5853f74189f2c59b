package dev.usageschema.examples.providers;

import dev.usageschema.Addable;
import dev.usageschema.AdditionalProperties;
import dev.usageschema.AtMost;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Merge;
import dev.usageschema.MergeRule;
import dev.usageschema.NotACount;
import dev.usageschema.StreamStyle;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * OpenRouter chat completions, in OpenAI's shape for every upstream: the cache reads and writes lie
 * within the prompt count, reasoning within the completion count, and the call's cost in credits
 * comes as an exact decimal, which adds up exactly across calls.
 */
@Addable(stream = StreamStyle.FINAL_ONLY)
@CanonicalMapping(convention = "openrouter-chat", input = "promptTokens", output = "completionTokens",
        total = "totalTokens", cacheRead = "promptTokensDetails.cachedTokens",
        cacheWrite = "promptTokensDetails.cacheWriteTokens", inputAudio = "promptTokensDetails.audioTokens",
        reasoning = "completionTokensDetails.reasoningTokens", cost = "cost")
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface OpenRouterUsage {

    long promptTokens();

    long completionTokens();

    @Sum({"promptTokens", "completionTokens"})
    long totalTokens();

    @AtMost("promptTokens")
    Optional<PromptDetails> promptTokensDetails();

    @AtMost("completionTokens")
    Optional<CompletionDetails> completionTokensDetails();

    /** The call's cost in credits. */
    @NotACount
    @Merge(MergeRule.ADD)
    Optional<BigDecimal> cost();

    /** What the upstream charged, for a call made with the caller's own key. */
    Optional<CostDetails> costDetails();

    /** Whatever else OpenRouter sends ({@code is_byok}, ...): left out of a sum. */
    @AdditionalProperties
    @Merge(MergeRule.DROP)
    Map<String, Object> extra();

    /** Parts of the prompt count: the cache reads and writes among them. */
    @Addable
    @UsageSchema(naming = WireNaming.SNAKE_CASE)
    interface PromptDetails {

        OptionalLong cachedTokens();

        OptionalLong cacheWriteTokens();

        OptionalLong audioTokens();
    }

    /** Parts of the completion count. */
    @Addable
    @UsageSchema(naming = WireNaming.SNAKE_CASE)
    interface CompletionDetails {

        OptionalLong reasoningTokens();
    }

    /** The upstream's own charge, beside OpenRouter's cost. */
    @Addable
    @UsageSchema(naming = WireNaming.SNAKE_CASE)
    interface CostDetails {

        @NotACount
        @Merge(MergeRule.ADD)
        Optional<BigDecimal> upstreamInferenceCost();
    }
}
