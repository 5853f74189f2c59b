package dev.usageschema.benchmarks.sum;

import dev.usageschema.Addable;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.OptionalLong;

/** Parts of the prompt count, addable. */
@Addable
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface SumPromptDetails {

    OptionalLong cachedTokens();

    OptionalLong audioTokens();
}
