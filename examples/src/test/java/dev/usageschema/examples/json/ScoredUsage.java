package dev.usageschema.examples.json;

import dev.usageschema.NotACount;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;

/** A usage with a floating count, and a score that may be {@code NaN} or an infinity. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface ScoredUsage {

    double billedTokens();

    @NotACount(finite = false)
    double score();
}
