package dev.usageschema.examples.json;

import dev.usageschema.AdditionalProperties;
import dev.usageschema.NotACount;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import dev.usageschema.examples.providers.Modality;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A usage whose values JSON must give back exactly: a number that is not a count, a map of
 * doubles, enums with and without wire names, and the unknown fields it keeps.
 */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface ExactUsage {

    long inputTokens();

    @NotACount
    OptionalDouble latencySeconds();

    Optional<Map<String, Double>> rates();

    Optional<CacheTtl> ttl();

    Optional<Modality> modality();

    @AdditionalProperties
    Map<String, Object> extra();
}
