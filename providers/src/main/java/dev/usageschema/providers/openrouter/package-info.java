/** OpenRouter's Chat Completions ({@code openrouter-chat}): OpenAI's shape for every upstream, and its cost. */
@UsageSchemaDefaults(naming = WireNaming.SNAKE_CASE)
package dev.usageschema.providers.openrouter;

import dev.usageschema.UsageSchemaDefaults;
import dev.usageschema.WireNaming;
