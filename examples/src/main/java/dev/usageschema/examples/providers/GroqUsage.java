package dev.usageschema.examples.providers;

import dev.usageschema.NotACount;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.OptionalDouble;

/** Groq chat completions: total = prompt + completion, and timings in seconds beside the counts. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface GroqUsage {

    long promptTokens();

    long completionTokens();

    @Sum({"promptTokens", "completionTokens"})
    long totalTokens();

    /** Seconds in the queue. */
    @NotACount(min = 0)
    OptionalDouble queueTime();

    /** Seconds spent on the prompt. */
    @NotACount(min = 0)
    OptionalDouble promptTime();

    /** Seconds spent generating. */
    @NotACount(min = 0)
    OptionalDouble completionTime();

    /** Seconds in all. */
    @NotACount(min = 0)
    OptionalDouble totalTime();
}
