package dev.usageschema.examples.providers;

import dev.usageschema.AbsentParts;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.OptionalLong;

/**
 * Anthropic messages: cache reads and writes are counted beside the input tokens, not inside
 * them, so they have no bound; the payload has no total, so the model derives one.
 */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface AnthropicUsage {

    long inputTokens();

    long outputTokens();

    OptionalLong cacheCreationInputTokens();

    OptionalLong cacheReadInputTokens();

    /** Everything billed: input, output and both cache counts. Never on the wire; always derived. */
    @Sum(value = {"inputTokens", "outputTokens", "cacheCreationInputTokens", "cacheReadInputTokens"},
            whenAbsent = AbsentParts.COUNT_AS_ZERO, derive = true)
    long totalTokens();
}
