package dev.usageschema.providers.openai;

import dev.usageschema.Addable;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;

/**
 * OpenAI Embeddings' {@code usage}: no output, so the total is the prompt alone (4 of 4 recorded), counted
 * once over every input of a batch. The surface does not stream.
 */
@Addable
@CanonicalMapping(convention = "openai-embeddings", input = "promptTokens", output = "", total = "totalTokens")
@UsageSchema
public interface EmbeddingsUsage {

    long promptTokens();

    @Sum("promptTokens")
    long totalTokens();
}
