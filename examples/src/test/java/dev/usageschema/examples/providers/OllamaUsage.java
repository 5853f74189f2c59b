package dev.usageschema.examples.providers;

import dev.usageschema.Addable;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Merge;
import dev.usageschema.MergeRule;
import dev.usageschema.NotACount;
import dev.usageschema.StreamStyle;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.OptionalLong;

/**
 * Ollama's final chunk: the prompt and output counts with no total, and durations in whole
 * nanoseconds, which are not counts but are never negative, and add up across calls.
 */
@Addable(stream = StreamStyle.FINAL_ONLY)
@CanonicalMapping(convention = "ollama", input = "promptEvalCount", output = "evalCount")
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface OllamaUsage {

    OptionalLong promptEvalCount();

    OptionalLong evalCount();

    @NotACount(min = 0)
    @Merge(MergeRule.ADD)
    OptionalLong totalDuration();

    @NotACount(min = 0)
    @Merge(MergeRule.ADD)
    OptionalLong loadDuration();

    @NotACount(min = 0)
    @Merge(MergeRule.ADD)
    OptionalLong promptEvalDuration();

    @NotACount(min = 0)
    @Merge(MergeRule.ADD)
    OptionalLong evalDuration();
}
