package dev.usageschema.examples.providers;

import dev.usageschema.Addable;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.OptionalLong;

/** Parts of the completion count. */
@Addable
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface OpenAiCompletionDetails {

    OptionalLong reasoningTokens();

    OptionalLong audioTokens();

    OptionalLong acceptedPredictionTokens();

    OptionalLong rejectedPredictionTokens();
}
