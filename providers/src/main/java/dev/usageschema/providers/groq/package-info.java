/** GroqCloud's Chat Completions ({@code groq-chat}), OpenAI-compatible, with timings beside the counts. */
@UsageSchemaDefaults(naming = WireNaming.SNAKE_CASE)
package dev.usageschema.providers.groq;

import dev.usageschema.UsageSchemaDefaults;
import dev.usageschema.WireNaming;
