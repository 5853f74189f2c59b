/**
 * OpenAI's API surfaces: Chat Completions ({@code openai-chat}), Responses ({@code openai-responses}),
 * the legacy Completions ({@code openai-completions}), Embeddings ({@code openai-embeddings}), the Realtime
 * API's {@code response.done} ({@code openai-realtime}), and Azure OpenAI's Chat Completions
 * ({@code azure-openai-chat}). Every detail count lies inside its parent count.
 */
@UsageSchemaDefaults(naming = WireNaming.SNAKE_CASE)
package dev.usageschema.providers.openai;

import dev.usageschema.UsageSchemaDefaults;
import dev.usageschema.WireNaming;
