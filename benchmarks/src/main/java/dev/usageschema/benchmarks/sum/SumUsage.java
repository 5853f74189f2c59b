package dev.usageschema.benchmarks.sum;

import dev.usageschema.Addable;
import dev.usageschema.AtMost;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.Optional;

/** The benchmark shape, addable. */
@Addable
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface SumUsage {

    long promptTokens();

    long completionTokens();

    @Sum({"promptTokens", "completionTokens"})
    long totalTokens();

    @AtMost("promptTokens")
    Optional<SumPromptDetails> promptTokensDetails();

    @AtMost("completionTokens")
    Optional<SumCompletionDetails> completionTokensDetails();
}
