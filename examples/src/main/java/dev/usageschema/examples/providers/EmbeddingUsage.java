package dev.usageschema.examples.providers;

import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;

/** Embeddings: there is no completion, so the total is the prompt alone. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface EmbeddingUsage {

    long promptTokens();

    @Sum({"promptTokens"})
    long totalTokens();
}
