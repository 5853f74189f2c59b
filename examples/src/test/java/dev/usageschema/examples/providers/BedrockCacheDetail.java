package dev.usageschema.examples.providers;

import dev.usageschema.UsageSchema;

/** One entry of Bedrock's cache details: the cache writes of one time to live. */
@UsageSchema
public interface BedrockCacheDetail {

    int inputTokens();

    /** The time to live, such as {@code 5m} or {@code 1h}. */
    String ttl();
}
