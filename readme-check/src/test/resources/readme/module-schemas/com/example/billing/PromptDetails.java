package com.example.billing;

import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.OptionalLong;

/** The details README's ChatUsage nests. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface PromptDetails {
    OptionalLong cachedTokens();
}
