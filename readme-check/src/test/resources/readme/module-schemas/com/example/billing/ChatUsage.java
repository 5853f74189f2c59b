package com.example.billing;

import dev.usageschema.AtMost;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.Optional;

/** The schema of README's "A schema", in the package README's module declarations name. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface ChatUsage {
    long promptTokens();

    long completionTokens();

    @Sum({"promptTokens", "completionTokens"})
    long totalTokens();

    @AtMost("promptTokens")
    Optional<PromptDetails> promptTokensDetails();
}
