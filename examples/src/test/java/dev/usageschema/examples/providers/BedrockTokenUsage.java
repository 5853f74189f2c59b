package dev.usageschema.examples.providers;

import dev.usageschema.AbsentParts;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Int32;
import dev.usageschema.Nullable;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import java.util.List;
import java.util.Optional;

/**
 * Amazon Bedrock Converse: the total counts input, output, cache reads and cache writes; the cache
 * details list splits the cache writes by time to live; int32 wire type.
 */
@CanonicalMapping(convention = "bedrock-converse", input = "inputTokens", output = "outputTokens", total = "totalTokens",
        cacheRead = "cacheReadInputTokens", cacheWrite = "cacheWriteInputTokens")
@UsageSchema
public interface BedrockTokenUsage {

    @Int32
    long inputTokens();

    @Int32
    long outputTokens();

    /** {@code null} when the call used no prompt cache. */
    @Nullable
    Integer cacheReadInputTokens();

    /** {@code null} when the call used no prompt cache; the cache details, when sent, add up to it. */
    @Nullable
    @Sum("cacheDetails[].inputTokens")
    Integer cacheWriteInputTokens();

    /** The cache writes by time to live. */
    Optional<List<BedrockCacheDetail>> cacheDetails();

    @Sum(value = {"inputTokens", "outputTokens", "cacheReadInputTokens", "cacheWriteInputTokens"},
            whenAbsent = AbsentParts.COUNT_AS_ZERO)
    @Int32
    long totalTokens();
}
