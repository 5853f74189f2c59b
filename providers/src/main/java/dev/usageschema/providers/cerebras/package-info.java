/** Cerebras Inference's Chat Completions ({@code cerebras-chat}), OpenAI-compatible. */
@UsageSchemaDefaults(naming = WireNaming.SNAKE_CASE)
package dev.usageschema.providers.cerebras;

import dev.usageschema.UsageSchemaDefaults;
import dev.usageschema.WireNaming;
