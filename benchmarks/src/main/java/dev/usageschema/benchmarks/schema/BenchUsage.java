package dev.usageschema.benchmarks.schema;

import dev.usageschema.AtMost;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.Optional;

/** The benchmark shape as a usage schema: a total that is the sum, details bounded by their parents. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface BenchUsage {

    long promptTokens();

    long completionTokens();

    @Sum({"promptTokens", "completionTokens"})
    long totalTokens();

    @AtMost("promptTokens")
    Optional<BenchPromptDetails> promptTokensDetails();

    @AtMost("completionTokens")
    Optional<BenchCompletionDetails> completionTokensDetails();
}
