package dev.usageschema.providers.groq;

import dev.usageschema.Addable;
import dev.usageschema.AtMost;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Merge;
import dev.usageschema.MergeRule;
import dev.usageschema.NotACount;
import dev.usageschema.StreamStyle;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Groq's {@code CompletionUsage}: total = prompt + completion (74 of 74 recorded, every compound breakdown
 * entry too), reasoning inside the completion (15 of 15), cached inside the prompt (1 of 1). The timings are
 * seconds, floats; {@code total_time} is {@code prompt_time + completion_time} within float rounding (73 of 74
 * within 1e-6, the 74th off by 3e-6), which no rule checks, and {@code queue_time} is beside it.
 */
@Addable(stream = StreamStyle.FINAL_ONLY)
@CanonicalMapping(convention = "groq-chat", input = "promptTokens", output = "completionTokens", total = "totalTokens",
        cacheRead = "promptTokensDetails.cachedTokens", reasoning = "completionTokensDetails.reasoningTokens")
@UsageSchema
public interface ChatUsage {

    /** Seconds waiting before processing. */
    @NotACount(min = 0)
    @Merge(MergeRule.ADD)
    OptionalDouble queueTime();

    long promptTokens();

    /** Seconds on the prompt. */
    @NotACount(min = 0)
    @Merge(MergeRule.ADD)
    OptionalDouble promptTime();

    long completionTokens();

    /** Seconds generating. */
    @NotACount(min = 0)
    @Merge(MergeRule.ADD)
    OptionalDouble completionTime();

    @Sum({"promptTokens", "completionTokens"})
    long totalTokens();

    /** Seconds on prompt and completion together. */
    @NotACount(min = 0)
    @Merge(MergeRule.ADD)
    OptionalDouble totalTime();

    @AtMost("completionTokens")
    Optional<CompletionDetails> completionTokensDetails();

    @AtMost("promptTokens")
    Optional<PromptDetails> promptTokensDetails();

    /** Parts of the completion. */
    @Addable
    @UsageSchema
    interface CompletionDetails {

        OptionalLong reasoningTokens();
    }

    /** Parts of the prompt. */
    @Addable
    @UsageSchema
    interface PromptDetails {

        OptionalLong cachedTokens();
    }
}
