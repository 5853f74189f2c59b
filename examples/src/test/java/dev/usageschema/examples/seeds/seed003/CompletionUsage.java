package dev.usageschema.examples.seeds.seed003;

import dev.usageschema.AdditionalProperties;
import dev.usageschema.AtMost;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import java.util.Map;
import java.util.Optional;

/** Seed 003: camelCase wire names, required numbers, optional details, additional properties kept. */
@UsageSchema
public interface CompletionUsage {

    double completionTokens();

    double promptTokens();

    @Sum({"promptTokens", "completionTokens"})
    double totalTokens();

    @AtMost("completionTokens")
    Optional<CompletionTokensDetails> completionTokensDetails();

    @AtMost("promptTokens")
    Optional<PromptTokensDetails> promptTokensDetails();

    @AdditionalProperties
    Map<String, Object> additionalProperties();
}
