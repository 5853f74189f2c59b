package dev.usageschema.examples.seeds.seed004;

import dev.usageschema.AtMost;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import java.util.Optional;

/**
 * Represents the completion usage (seed 004), in a chat completion or a completion chunk:
 * camelCase wire names, required numbers, prompt details whose counts lie within the prompt.
 */
@UsageSchema
public interface CompletionUsage {

    /** Number of tokens in the completion. */
    double completionTokens();

    /** Number of tokens in the prompt. */
    double promptTokens();

    @AtMost("promptTokens")
    Optional<PromptTokensDetails> promptTokensDetails();

    /** Total number of tokens used (prompt + completion). */
    @Sum({"promptTokens", "completionTokens"})
    double totalTokens();
}
