/** Together AI's Chat Completions ({@code together-chat}), OpenAI-compatible. */
@UsageSchemaDefaults(naming = WireNaming.SNAKE_CASE)
package dev.usageschema.providers.together;

import dev.usageschema.UsageSchemaDefaults;
import dev.usageschema.WireNaming;
