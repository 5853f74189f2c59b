package dev.usageschema.providers.ollama;

import dev.usageschema.AbsentParts;
import dev.usageschema.Addable;
import dev.usageschema.AtMost;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.StreamStyle;
import dev.usageschema.Sum;
import dev.usageschema.SumRelation;
import dev.usageschema.UsageSchema;
import java.util.OptionalLong;

/**
 * Ollama's {@code api.Metrics}, read from the root of a {@code done: true} object: every field is left out
 * when 0 (Go's {@code omitempty}), and a 2024 server left {@code prompt_eval_count} out when the prompt came
 * from the KV cache, so an absent prompt count is unknown, not 0 (the canonical input then counts it as 0).
 * There is no total. The output counts thinking and visible tokens together. The durations are whole
 * nanoseconds, declared as counts so that the total duration is at least load + prompt evaluation +
 * evaluation (8 of 8 documented and recorded samples); they are not mapped. The catalogue reads the schema's
 * fields among the object's own ({@code model}, {@code message}, {@code done}, ...), which it leaves alone.
 */
@Addable(stream = StreamStyle.FINAL_ONLY)
@CanonicalMapping(convention = "ollama-chat", input = "promptEvalCount", output = "evalCount",
        cacheRead = "promptEvalCachedCount",
        unmapped = {"totalDuration", "loadDuration", "promptEvalDuration", "evalDuration"})
@UsageSchema
public interface Metrics {

    /** The prompt's tokens, those served from the cache included. */
    OptionalLong promptEvalCount();

    /** The prompt tokens served from the cache (2026, new): inside the prompt count. */
    @AtMost("promptEvalCount")
    OptionalLong promptEvalCachedCount();

    /** The response's tokens, thinking included. */
    OptionalLong evalCount();

    /** Nanoseconds for the whole request, at least its three timed parts. */
    @Sum(value = {"loadDuration", "promptEvalDuration", "evalDuration"}, relation = SumRelation.AT_LEAST,
            whenAbsent = AbsentParts.COUNT_AS_ZERO)
    OptionalLong totalDuration();

    /** Nanoseconds loading the model. */
    OptionalLong loadDuration();

    /** Nanoseconds evaluating the prompt (rounded to whole milliseconds on Windows). */
    OptionalLong promptEvalDuration();

    /** Nanoseconds generating. */
    OptionalLong evalDuration();
}
