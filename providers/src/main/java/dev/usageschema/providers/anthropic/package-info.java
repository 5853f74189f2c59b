/**
 * Anthropic's Messages API ({@code anthropic-messages}): the cache reads and writes are counted beside the
 * input tokens, not inside them, and there is no total.
 */
@UsageSchemaDefaults(naming = WireNaming.SNAKE_CASE)
package dev.usageschema.providers.anthropic;

import dev.usageschema.UsageSchemaDefaults;
import dev.usageschema.WireNaming;
