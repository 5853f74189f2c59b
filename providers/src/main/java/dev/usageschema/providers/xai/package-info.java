/** xAI's Chat Completions ({@code xai-chat}): OpenAI's shape, with reasoning beside the completion. */
@UsageSchemaDefaults(naming = WireNaming.SNAKE_CASE)
package dev.usageschema.providers.xai;

import dev.usageschema.UsageSchemaDefaults;
import dev.usageschema.WireNaming;
