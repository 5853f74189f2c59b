package dev.usageschema.examples.beans;

import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import java.util.Optional;

/** A schema of JavaBeans getters, with Bean Validation constraints on them. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface BeanStyleUsage {

    @Max(1_000)
    long getPromptTokens();

    long getCompletionTokens();

    @Sum({"promptTokens", "completionTokens"})
    long getTotalTokens();

    Optional<@Valid BeanStyleCacheDetails> getPromptTokensDetails();
}
