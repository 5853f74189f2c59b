package dev.usageschema.examples.providers;

import dev.usageschema.Addable;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.OptionalDouble;

/** Cohere's input and output counts, billed or processed; whole numbers sent as floats. */
@Addable
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface CohereTokens {

    OptionalDouble inputTokens();

    OptionalDouble outputTokens();
}
