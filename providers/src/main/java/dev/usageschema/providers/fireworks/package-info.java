/** Fireworks AI's Chat Completions ({@code fireworks-chat}), OpenAI-compatible. */
@UsageSchemaDefaults(naming = WireNaming.SNAKE_CASE)
package dev.usageschema.providers.fireworks;

import dev.usageschema.UsageSchemaDefaults;
import dev.usageschema.WireNaming;
