/**
 * Cohere's Chat API, v2 ({@code cohere-chat-v2}) and the legacy v1 ({@code cohere-chat-v1}): no total, and two
 * views of the same call, the tokens billed and the tokens processed (which include Cohere's prompt template).
 * Counts are JSON numbers, typed float by the SDK; every recorded one was whole, and a fraction is rejected.
 */
@UsageSchemaDefaults(naming = WireNaming.SNAKE_CASE)
package dev.usageschema.providers.cohere;

import dev.usageschema.UsageSchemaDefaults;
import dev.usageschema.WireNaming;
