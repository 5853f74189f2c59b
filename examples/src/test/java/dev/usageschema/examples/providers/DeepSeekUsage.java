package dev.usageschema.examples.providers;

import dev.usageschema.Addable;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.StreamStyle;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;

/**
 * DeepSeek: the prompt is exactly its cache hits plus its cache misses, a partition beside the total.
 * The misses are the canonical uncached input, which the conversion derives; they are left unmapped.
 */
@Addable(stream = StreamStyle.FINAL_ONLY)
@CanonicalMapping(convention = "deepseek-chat", input = "promptTokens", output = "completionTokens", total = "totalTokens",
        cacheRead = "promptCacheHitTokens", unmapped = "promptCacheMissTokens")
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface DeepSeekUsage {

    @Sum({"promptCacheHitTokens", "promptCacheMissTokens"})
    long promptTokens();

    long promptCacheHitTokens();

    long promptCacheMissTokens();

    long completionTokens();

    @Sum({"promptTokens", "completionTokens"})
    long totalTokens();
}
