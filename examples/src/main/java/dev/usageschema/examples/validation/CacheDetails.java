package dev.usageschema.examples.validation;

import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import java.util.OptionalLong;

/** The cache part of a billed prompt. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface CacheDetails {

    /** At most 100,000 cached tokens are discounted; absent means no cache was used. */
    @Positive
    @Max(100_000)
    OptionalLong cachedTokens();
}
