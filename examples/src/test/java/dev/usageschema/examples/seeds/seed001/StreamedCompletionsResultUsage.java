package dev.usageschema.examples.seeds.seed001;

import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.OptionalLong;

/** Seed 001: snake_case wire names, three optional integer counts. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface StreamedCompletionsResultUsage {

    /** Number of tokens in the prompt. */
    OptionalLong promptTokens();

    /** Number of tokens in the generated completions. */
    OptionalLong completionTokens();

    /** Total number of tokens used in the request ({@code prompt_tokens} + {@code completion_tokens}). */
    @Sum({"promptTokens", "completionTokens"})
    OptionalLong totalTokens();
}
