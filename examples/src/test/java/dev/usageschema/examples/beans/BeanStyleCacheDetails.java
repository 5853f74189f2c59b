package dev.usageschema.examples.beans;

import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import jakarta.validation.constraints.Max;
import java.util.OptionalLong;

/** The cache part of {@link BeanStyleUsage}. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface BeanStyleCacheDetails {

    @Max(100_000)
    OptionalLong getCachedTokens();
}
