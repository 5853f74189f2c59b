package dev.usageschema.examples.providers;

import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;

/** DeepSeek: the prompt is exactly its cache hits plus its cache misses, a partition beside the total. */
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
