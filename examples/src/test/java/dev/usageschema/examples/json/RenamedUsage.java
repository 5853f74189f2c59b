package dev.usageschema.examples.json;

import dev.usageschema.AtMost;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireName;
import dev.usageschema.WireNaming;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Nested objects and a list of them under names seen in the wild beside the documented ones:
 * {@code prompt_token_details} and {@code promptTokenDetails} for {@code prompt_tokens_details}, and
 * Bedrock's {@code cacheReadInputTokenCount} for {@code cacheReadInputTokens}.
 */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface RenamedUsage {

    long promptTokens();

    @AtMost("promptTokens")
    @WireName(alternates = {"prompt_token_details", "promptTokenDetails"})
    Optional<Details> promptTokensDetails();

    @WireName(alternates = "cache_detail")
    Optional<List<Details>> cacheDetails();

    /** One object's counts, in Bedrock's camelCase. */
    @UsageSchema
    interface Details {

        @WireName(alternates = "cacheReadInputTokenCount")
        OptionalLong cacheReadInputTokens();
    }
}
