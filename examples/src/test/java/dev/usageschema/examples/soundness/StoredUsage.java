package dev.usageschema.examples.soundness;

import dev.usageschema.AdditionalProperties;
import dev.usageschema.AtMost;
import dev.usageschema.Nullable;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** A schema with every kind of stored value that a caller could try to change after building. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface StoredUsage {

    long promptTokens();

    long completionTokens();

    @Sum(value = {"promptTokens", "completionTokens"}, derive = true)
    OptionalLong totalTokens();

    @AtMost("promptTokens")
    Optional<StoredDetails> details();

    Optional<List<String>> tags();

    Optional<Set<String>> regions();

    Optional<Map<String, List<Long>>> perRegion();

    @Nullable
    String model();

    @AdditionalProperties
    Map<String, Object> extra();
}
