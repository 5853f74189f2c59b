package dev.usageschema.examples.json;

import dev.usageschema.Addable;
import dev.usageschema.Merge;
import dev.usageschema.MergeRule;
import dev.usageschema.NotACount;
import dev.usageschema.Nullable;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * A usage with exact numbers that have a range: a cost in dollars (OpenRouter's), a cost in ticks of
 * 1e-10 dollars (xAI's), whole credits, and a discount of at most a tenth.
 */
@Addable
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface CostedUsage {

    long tokens();

    @NotACount(min = 0)
    @Merge(MergeRule.ADD)
    Optional<BigDecimal> cost();

    @NotACount(min = 0)
    @Merge(MergeRule.ADD)
    Optional<BigInteger> costInUsdTicks();

    @NotACount(min = 0, whole = true)
    @Merge(MergeRule.ADD)
    @Nullable
    BigDecimal credits();

    @NotACount(min = 0, max = 0.1)
    @Merge(MergeRule.LAST)
    Optional<BigDecimal> discount();
}
