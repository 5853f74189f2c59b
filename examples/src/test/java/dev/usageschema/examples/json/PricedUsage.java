package dev.usageschema.examples.json;

import dev.usageschema.NotACount;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/** A usage with exact numbers that are not counts: a cost, and a request id of any size. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface PricedUsage {

    long tokens();

    @NotACount
    Optional<BigDecimal> cost();

    @NotACount
    Optional<BigInteger> sequence();
}
