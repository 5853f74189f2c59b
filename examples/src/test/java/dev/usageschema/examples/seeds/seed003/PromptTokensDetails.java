package dev.usageschema.examples.seeds.seed003;

import dev.usageschema.UsageSchema;
import java.util.OptionalDouble;

/** The prompt's token breakdown, camelCase. */
@UsageSchema
public interface PromptTokensDetails {

    OptionalDouble audioTokens();

    OptionalDouble cachedTokens();
}
