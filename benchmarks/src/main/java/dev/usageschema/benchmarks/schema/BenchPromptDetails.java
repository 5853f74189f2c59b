package dev.usageschema.benchmarks.schema;

import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.OptionalLong;

/** Parts of the prompt count. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface BenchPromptDetails {

    OptionalLong cachedTokens();

    OptionalLong audioTokens();
}
