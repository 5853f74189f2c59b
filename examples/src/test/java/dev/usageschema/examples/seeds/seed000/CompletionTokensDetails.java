package dev.usageschema.examples.seeds.seed000;

import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.OptionalDouble;

/** The completion's token breakdown. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface CompletionTokensDetails {

    OptionalDouble reasoningTokens();

    OptionalDouble acceptedPredictionTokens();

    OptionalDouble rejectedPredictionTokens();

    OptionalDouble audioTokens();
}
