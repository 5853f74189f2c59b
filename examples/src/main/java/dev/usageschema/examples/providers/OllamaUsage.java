package dev.usageschema.examples.providers;

import dev.usageschema.NotACount;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.OptionalLong;

/**
 * Ollama's final chunk: the prompt and output counts with no total, and durations in whole
 * nanoseconds, which are not counts but are never negative.
 */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface OllamaUsage {

    OptionalLong promptEvalCount();

    OptionalLong evalCount();

    @NotACount(min = 0)
    OptionalLong totalDuration();

    @NotACount(min = 0)
    OptionalLong loadDuration();

    @NotACount(min = 0)
    OptionalLong promptEvalDuration();

    @NotACount(min = 0)
    OptionalLong evalDuration();
}
