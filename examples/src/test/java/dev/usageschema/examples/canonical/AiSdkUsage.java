package dev.usageschema.examples.canonical;

import dev.usageschema.AbsentParts;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import java.util.OptionalLong;

/**
 * An SDK's normalised usage, whose input total already includes the cache counts (as the Vercel AI
 * SDK's has since version 6): its parts add up to it, so the canonical usage keeps them inside it.
 */
@CanonicalMapping(convention = "ai-sdk", input = "inputTokens.total", output = "outputTokens.total",
        cacheRead = "inputTokens.cacheRead", cacheWrite = "inputTokens.cacheWrite",
        reasoning = "outputTokens.reasoning", unmapped = {"inputTokens.noCache", "outputTokens.text"})
@UsageSchema
public interface AiSdkUsage {

    InputTokens inputTokens();

    OutputTokens outputTokens();

    /** Every input token: uncached, cache reads and cache writes. */
    @UsageSchema
    interface InputTokens {

        @Sum(value = {"noCache", "cacheRead", "cacheWrite"}, whenAbsent = AbsentParts.COUNT_AS_ZERO)
        long total();

        long noCache();

        OptionalLong cacheRead();

        OptionalLong cacheWrite();
    }

    /** Every output token: text and reasoning. */
    @UsageSchema
    interface OutputTokens {

        @Sum(value = {"text", "reasoning"}, whenAbsent = AbsentParts.COUNT_AS_ZERO)
        long total();

        long text();

        OptionalLong reasoning();
    }
}
