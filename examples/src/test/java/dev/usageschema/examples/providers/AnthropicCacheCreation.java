package dev.usageschema.examples.providers;

import dev.usageschema.Addable;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.OptionalLong;

/** Anthropic's split of the cache writes by time to live. */
@Addable
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface AnthropicCacheCreation {

    OptionalLong ephemeral5mInputTokens();

    OptionalLong ephemeral1hInputTokens();
}
