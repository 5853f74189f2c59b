package dev.usageschema.providers.deepseek;

import dev.usageschema.Addable;
import dev.usageschema.AtMost;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.StreamStyle;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * DeepSeek's {@code usage}: the prompt is exactly its cache hits plus its cache misses (12 of 12 recorded, 58
 * of 58 in a larger corpus), total = prompt + completion (12 of 12, 58 of 58), reasoning inside the completion
 * (10 of 10). The OpenAI mirror {@code prompt_tokens_details.cached_tokens} repeats the hits (12 of 12) and
 * must agree with them; it is counted once. {@code completion_tokens_details} is absent without thinking.
 */
@Addable(stream = StreamStyle.FINAL_ONLY)
@CanonicalMapping(convention = "deepseek-chat", input = "promptTokens", output = "completionTokens", total = "totalTokens",
        cacheRead = "promptCacheHitTokens", reasoning = "completionTokensDetails.reasoningTokens",
        unmapped = {"promptCacheMissTokens", "promptTokensDetails.cachedTokens"})
@UsageSchema
public interface ChatUsage {

    @Sum({"promptCacheHitTokens", "promptCacheMissTokens"})
    long promptTokens();

    long completionTokens();

    @Sum({"promptTokens", "completionTokens"})
    long totalTokens();

    /** The OpenAI mirror of the cache hits. */
    @AtMost("promptTokens")
    @Sum(value = "promptCacheHitTokens", count = "cachedTokens")
    Optional<PromptDetails> promptTokensDetails();

    @AtMost("completionTokens")
    Optional<CompletionDetails> completionTokensDetails();

    /** The prompt tokens read from DeepSeek's disk cache. */
    long promptCacheHitTokens();

    /** The prompt tokens not in it. */
    long promptCacheMissTokens();

    /** The mirror of the cache hits. */
    @Addable
    @UsageSchema
    interface PromptDetails {

        OptionalLong cachedTokens();
    }

    /** Parts of the completion. */
    @Addable
    @UsageSchema
    interface CompletionDetails {

        OptionalLong reasoningTokens();
    }
}
