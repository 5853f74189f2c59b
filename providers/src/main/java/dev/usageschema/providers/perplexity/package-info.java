/** Perplexity's Sonar Chat Completions ({@code perplexity-chat}), OpenAI-compatible, with search counts and cost. */
@UsageSchemaDefaults(naming = WireNaming.SNAKE_CASE)
package dev.usageschema.providers.perplexity;

import dev.usageschema.UsageSchemaDefaults;
import dev.usageschema.WireNaming;
