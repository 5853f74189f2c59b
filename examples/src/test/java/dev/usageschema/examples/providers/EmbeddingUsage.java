package dev.usageschema.examples.providers;

import dev.usageschema.Addable;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;

/** Embeddings: there is no completion, so the total is the prompt alone. */
@Addable
@CanonicalMapping(convention = "openai-embeddings", input = "promptTokens", output = "", total = "totalTokens")
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface EmbeddingUsage {

    long promptTokens();

    @Sum({"promptTokens"})
    long totalTokens();
}
