package dev.usageschema.providers.anthropic;

import dev.usageschema.AbsentParts;
import dev.usageschema.Addable;
import dev.usageschema.AtMost;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Merge;
import dev.usageschema.MergeRule;
import dev.usageschema.NotACount;
import dev.usageschema.Nullable;
import dev.usageschema.Severity;
import dev.usageschema.StreamStyle;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireName;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Anthropic Messages' {@code usage}, of a whole message and of the stream's {@code message_start} and
 * {@code message_delta} events. {@code input_tokens} counts the uncached input only: the cache reads and
 * writes are beside it, and there is no total. Thinking tokens lie inside the output (59 of 59 recorded
 * bodies, 4 of 4 deltas). A delta leaves {@code cache_creation}, {@code service_tier} and
 * {@code inference_geo} out, older deltas every input count, and the SDK types them as optional, so every
 * count but the output is optional and may be {@code null}. In a stream the delta's counts are running
 * totals; with server tools its input exceeds the start's (14 of 18 recorded streams).
 */
@Addable(stream = StreamStyle.CUMULATIVE)
@CanonicalMapping(convention = "anthropic-messages", input = "inputTokens", output = "outputTokens",
        total = "totalTokens", cacheRead = "cacheReadInputTokens", cacheWrite = "cacheCreationInputTokens",
        cacheWrite5m = "cacheCreation.ephemeral5mInputTokens", cacheWrite1h = "cacheCreation.ephemeral1hInputTokens",
        reasoning = "outputTokensDetails.thinkingTokens", webSearchRequests = "serverToolUse.webSearchRequests")
@UsageSchema
public interface MessagesUsage {

    /** The input tokens neither read from the cache nor written to it. */
    @Nullable
    OptionalLong inputTokens();

    /** Every output token, thinking included. */
    long outputTokens();

    /**
     * The cache writes, which the 5-minute and 1-hour split of {@code cache_creation} add up to: a warning,
     * not an error. It held in 286 of 286 recorded bodies and 51 of 51 {@code message_start} events of one
     * corpus, and failed in 6 web-search runs of another.
     */
    @Sum(value = {"cacheCreation.ephemeral5mInputTokens", "cacheCreation.ephemeral1hInputTokens"},
            severity = Severity.WARNING)
    @Nullable
    OptionalLong cacheCreationInputTokens();

    /** The input tokens read from the cache. */
    @Nullable
    OptionalLong cacheReadInputTokens();

    /** The cache writes by time to live; never in {@code message_delta}. */
    @Nullable
    Optional<CacheCreation> cacheCreation();

    /** Server tools' billed requests (42 of 287 recorded bodies); older ones send only the web searches. */
    @Nullable
    Optional<ServerToolUse> serverToolUse();

    /**
     * Everything billed: the input, the output and both cache counts. Never on the wire: derived, and written
     * only when a value gives one that differs from its parts.
     */
    @Sum(value = {"inputTokens", "outputTokens", "cacheCreationInputTokens", "cacheReadInputTokens"},
            whenAbsent = AbsentParts.COUNT_AS_ZERO, derive = true)
    long totalTokens();

    /** The output's thinking tokens (newer models). */
    @AtMost("outputTokens")
    @Nullable
    Optional<OutputTokensDetails> outputTokensDetails();

    @Merge(MergeRule.LAST)
    @Nullable
    Optional<ServiceTier> serviceTier();

    /** Where the call ran, a free string ({@code global}, {@code not_available}). */
    @Merge(MergeRule.LAST)
    @Nullable
    Optional<String> inferenceGeo();

    /**
     * The sampling iterations of a call (beta): the top-level counts are the sum of the {@code message}
     * items (16 of 18 recorded), or the {@code fallback_message} item alone (2 of 18); advisor and
     * compaction items are billed apart. Left out of a sum.
     */
    @Merge(MergeRule.DROP)
    @Nullable
    Optional<List<Iteration>> iterations();

    /** The processing speed (beta): {@code standard} or {@code fast}; not seen recorded. */
    @Merge(MergeRule.LAST)
    Optional<Speed> speed();

    /** The cache writes split by time to live; both counts required inside. */
    @Addable
    @UsageSchema
    interface CacheCreation {

        @WireName("ephemeral_5m_input_tokens")
        long ephemeral5mInputTokens();

        @WireName("ephemeral_1h_input_tokens")
        long ephemeral1hInputTokens();
    }

    /** Requests to server tools: billed per request, not tokens. */
    @Addable
    @UsageSchema
    interface ServerToolUse {

        @NotACount(min = 0)
        @Merge(MergeRule.ADD)
        OptionalLong webSearchRequests();

        @NotACount(min = 0)
        @Merge(MergeRule.ADD)
        OptionalLong webFetchRequests();
    }

    /** Parts of the output. */
    @Addable
    @UsageSchema
    interface OutputTokensDetails {

        /** Documented as at most the output tokens (a re-tokenisation, approximate). */
        OptionalLong thinkingTokens();
    }

    /** One sampling iteration's usage (beta). */
    @UsageSchema
    interface Iteration {

        IterationType type();

        /** The model of an advisor or fallback iteration. */
        Optional<String> model();

        OptionalLong inputTokens();

        OptionalLong outputTokens();

        @Nullable
        OptionalLong cacheReadInputTokens();

        @Nullable
        OptionalLong cacheCreationInputTokens();

        @Nullable
        Optional<CacheCreation> cacheCreation();
    }
}
