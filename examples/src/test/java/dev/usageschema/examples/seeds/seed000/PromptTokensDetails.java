package dev.usageschema.examples.seeds.seed000;

import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.OptionalDouble;

/** The prompt's token breakdown. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface PromptTokensDetails {

    OptionalDouble cachedTokens();

    OptionalDouble audioTokens();
}
