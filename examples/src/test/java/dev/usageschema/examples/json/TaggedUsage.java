package dev.usageschema.examples.json;

import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A usage with collections of plain values beside its counts. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface TaggedUsage {

    long totalTokens();

    List<String> tags();

    Set<Long> ids();

    Map<String, BigDecimal> costs();

    Optional<List<Integer>> retries();
}
