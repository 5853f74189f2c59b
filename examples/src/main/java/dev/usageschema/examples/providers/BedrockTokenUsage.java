package dev.usageschema.examples.providers;

import dev.usageschema.AbsentParts;
import dev.usageschema.Int32;
import dev.usageschema.Nullable;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;

/** Amazon Bedrock Converse: the total counts input, output, cache reads and cache writes; int32 wire type. */
@UsageSchema
public interface BedrockTokenUsage {

    @Int32
    long inputTokens();

    @Int32
    long outputTokens();

    /** {@code null} when the call used no prompt cache. */
    @Nullable
    Integer cacheReadInputTokens();

    /** {@code null} when the call used no prompt cache. */
    @Nullable
    Integer cacheWriteInputTokens();

    @Sum(value = {"inputTokens", "outputTokens", "cacheReadInputTokens", "cacheWriteInputTokens"},
            whenAbsent = AbsentParts.COUNT_AS_ZERO)
    @Int32
    long totalTokens();
}
