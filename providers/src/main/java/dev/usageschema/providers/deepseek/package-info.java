/** DeepSeek's Chat Completions ({@code deepseek-chat}), OpenAI-compatible with its own cache counters. */
@UsageSchemaDefaults(naming = WireNaming.SNAKE_CASE)
package dev.usageschema.providers.deepseek;

import dev.usageschema.UsageSchemaDefaults;
import dev.usageschema.WireNaming;
