package dev.usageschema.examples.seeds.seed003;

import dev.usageschema.UsageSchema;
import java.util.OptionalDouble;

/** The completion's token breakdown, camelCase. */
@UsageSchema
public interface CompletionTokensDetails {

    OptionalDouble acceptedPredictionTokens();

    OptionalDouble audioTokens();

    OptionalDouble reasoningTokens();

    OptionalDouble rejectedPredictionTokens();
}
