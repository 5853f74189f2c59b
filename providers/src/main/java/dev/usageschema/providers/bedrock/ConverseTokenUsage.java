package dev.usageschema.providers.bedrock;

import dev.usageschema.AbsentParts;
import dev.usageschema.Addable;
import dev.usageschema.AdditionalProperties;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Int32;
import dev.usageschema.Merge;
import dev.usageschema.MergeRule;
import dev.usageschema.StreamStyle;
import dev.usageschema.Sum;
import dev.usageschema.UniqueBy;
import dev.usageschema.UsageSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Bedrock's {@code TokenUsage}. {@code inputTokens} is the uncached input: total = input + output + cache
 * reads + cache writes (226 of 226 recorded bodies, 9 of 9 stream {@code metadata} events; input + output
 * alone fails in all 18 with cache activity). The cache details split the writes by time to live and add up
 * to them (4 of 4). Bedrock also sends the cache counts under the undocumented names
 * {@code cacheReadInputTokenCount} and {@code cacheWriteInputTokenCount}, beside the documented ones and
 * equal to them (110 of 110): both are read, and must agree.
 */
@Addable(stream = StreamStyle.FINAL_ONLY)
@CanonicalMapping(convention = "bedrock-converse", input = "inputTokens", output = "outputTokens", total = "totalTokens",
        cacheRead = "cacheReadInputTokens", cacheWrite = "cacheWriteInputTokens",
        unmapped = {"cacheReadInputTokenCount", "cacheWriteInputTokenCount"})
@UsageSchema
public interface ConverseTokenUsage {

    /** The input tokens neither read from the cache nor written to it. */
    @Int32
    long inputTokens();

    @Int32
    long outputTokens();

    @Sum(value = {"inputTokens", "outputTokens", "cacheReadInputTokens", "cacheWriteInputTokens"},
            whenAbsent = AbsentParts.COUNT_AS_ZERO)
    @Int32
    long totalTokens();

    /** Sent (often 0) when the model supports prompt caching. */
    @Int32
    OptionalLong cacheReadInputTokens();

    /** Sent (often 0) when the model supports prompt caching; the cache details add up to it. */
    @Sum("cacheDetails[].inputTokens")
    @Int32
    OptionalLong cacheWriteInputTokens();

    /** The same count as {@code cacheReadInputTokens}, under InvokeModel's metric name. */
    @Sum("cacheReadInputTokens")
    @Int32
    OptionalLong cacheReadInputTokenCount();

    /** The same count as {@code cacheWriteInputTokens}, under InvokeModel's metric name. */
    @Sum("cacheWriteInputTokens")
    @Int32
    OptionalLong cacheWriteInputTokenCount();

    /** The cache writes by time to live, 1h before 5m; empty when nothing was written. */
    @UniqueBy("ttl")
    Optional<List<CacheDetail>> cacheDetails();

    /** Server-side tool use: not in the service model, and {@code {}} in every recording (203 of 226). */
    @Merge(MergeRule.DROP)
    Optional<ServerToolUsage> serverToolUsage();

    /** The cache writes of one time to live. */
    @Addable
    @UsageSchema
    interface CacheDetail {

        @Merge(MergeRule.AGREE)
        CacheTtl ttl();

        @Int32
        long inputTokens();
    }

    /** Whatever server-side tool use Bedrock reports; kept as it came. */
    @UsageSchema
    interface ServerToolUsage {

        @AdditionalProperties
        Map<String, Object> fields();
    }
}
