package dev.usageschema.examples.providers;

import dev.usageschema.AbsentParts;
import dev.usageschema.Addable;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Severity;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Anthropic messages: cache reads and writes are counted beside the input tokens, not inside
 * them, so they have no bound; the payload has no total, so the model derives one.
 */
@Addable
@CanonicalMapping(convention = "anthropic-messages", input = "inputTokens", output = "outputTokens", total = "totalTokens",
        cacheRead = "cacheReadInputTokens", cacheWrite = "cacheCreationInputTokens",
        cacheWrite5m = "cacheCreation.ephemeral5mInputTokens", cacheWrite1h = "cacheCreation.ephemeral1hInputTokens")
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface AnthropicUsage {

    long inputTokens();

    long outputTokens();

    /**
     * The cache writes, which the 5-minute and 1-hour split in {@code cache_creation} add up to. A
     * warning, not an error: recorded web-search runs report splits that do not add up.
     */
    @Sum(value = {"cacheCreation.ephemeral5mInputTokens", "cacheCreation.ephemeral1hInputTokens"},
            severity = Severity.WARNING)
    OptionalLong cacheCreationInputTokens();

    Optional<AnthropicCacheCreation> cacheCreation();

    OptionalLong cacheReadInputTokens();

    /** Everything billed: input, output and both cache counts. Never on the wire; always derived. */
    @Sum(value = {"inputTokens", "outputTokens", "cacheCreationInputTokens", "cacheReadInputTokens"},
            whenAbsent = AbsentParts.COUNT_AS_ZERO, derive = true)
    long totalTokens();
}
