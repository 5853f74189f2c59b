/** Mistral's Chat Completions ({@code mistral-chat}), OpenAI-like. */
@UsageSchemaDefaults(naming = WireNaming.SNAKE_CASE)
package dev.usageschema.providers.mistral;

import dev.usageschema.UsageSchemaDefaults;
import dev.usageschema.WireNaming;
