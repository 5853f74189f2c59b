package readme.schema;

import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;

/** An embeddings call's usage, which README's databind block registers beside ChatUsage. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
interface EmbeddingUsage {
    long promptTokens();

    @Sum("promptTokens")
    long totalTokens();
}
