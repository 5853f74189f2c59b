package dev.usageschema.examples.sum;

import dev.usageschema.Addable;
import dev.usageschema.Merge;
import dev.usageschema.MergeRule;
import dev.usageschema.NotACount;
import dev.usageschema.NullInSum;
import dev.usageschema.Nullable;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A usage whose {@code null} means "nothing to report": OpenRouter's upstream cost is {@code null} for
 * a call that no upstream billed and a number for one that was, so a day of calls adds the numbers.
 */
@Addable(nulls = NullInSum.ADDS_NOTHING)
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface UpstreamCostUsage {

    long tokens();

    @Nullable
    OptionalLong cachedTokens();

    @NotACount(min = 0)
    @Merge(MergeRule.ADD)
    @Nullable
    Optional<BigDecimal> upstreamInferenceCost();
}
