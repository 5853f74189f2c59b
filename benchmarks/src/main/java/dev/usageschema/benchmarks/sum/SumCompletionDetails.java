package dev.usageschema.benchmarks.sum;

import dev.usageschema.Addable;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.OptionalLong;

/** Parts of the completion count, addable. */
@Addable
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface SumCompletionDetails {

    OptionalLong reasoningTokens();
}
