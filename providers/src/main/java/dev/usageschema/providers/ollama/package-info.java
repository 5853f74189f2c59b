/**
 * Ollama's native API, {@code /api/chat} and {@code /api/generate} ({@code ollama-chat}): the counts and
 * durations sit at the root of the final object, beside the message; there is no usage object.
 */
@UsageSchemaDefaults(naming = WireNaming.SNAKE_CASE)
package dev.usageschema.providers.ollama;

import dev.usageschema.UsageSchemaDefaults;
import dev.usageschema.WireNaming;
