package dev.usageschema.examples.providers;

import dev.usageschema.Addable;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Merge;
import dev.usageschema.MergeRule;
import dev.usageschema.NotACount;
import dev.usageschema.StreamStyle;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.OptionalDouble;

/**
 * Groq chat completions: total = prompt + completion, and timings in seconds beside the counts,
 * which add up across calls.
 */
@Addable(stream = StreamStyle.FINAL_ONLY)
@CanonicalMapping(convention = "groq-chat", input = "promptTokens", output = "completionTokens", total = "totalTokens")
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface GroqUsage {

    long promptTokens();

    long completionTokens();

    @Sum({"promptTokens", "completionTokens"})
    long totalTokens();

    /** Seconds in the queue. */
    @NotACount(min = 0)
    @Merge(MergeRule.ADD)
    OptionalDouble queueTime();

    /** Seconds spent on the prompt. */
    @NotACount(min = 0)
    @Merge(MergeRule.ADD)
    OptionalDouble promptTime();

    /** Seconds spent generating. */
    @NotACount(min = 0)
    @Merge(MergeRule.ADD)
    OptionalDouble completionTime();

    /** Seconds in all. */
    @NotACount(min = 0)
    @Merge(MergeRule.ADD)
    OptionalDouble totalTime();
}
