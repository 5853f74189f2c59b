package dev.usageschema.examples.soundness;

import dev.usageschema.AdditionalProperties;
import dev.usageschema.AtMost;
import dev.usageschema.NotACount;
import dev.usageschema.Nullable;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.examples.providers.ServiceTier;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

/** A usage kept in the checkpoints of a long-lived job: every kind of value a serial form carries. */
@UsageSchema
public interface ArchivedUsage extends Serializable {

    long promptTokens();

    long completionTokens();

    @Sum(value = {"promptTokens", "completionTokens"}, derive = true)
    OptionalLong totalTokens();

    @AtMost("promptTokens")
    @Nullable
    OptionalLong cachedTokens();

    @Nullable
    Integer reasoningTokens();

    @NotACount(min = 0)
    OptionalDouble latencySeconds();

    boolean streamed();

    @Nullable
    String model();

    Optional<ServiceTier> tier();

    List<String> tags();

    Optional<Set<String>> regions();

    Optional<Map<String, List<Long>>> perRegion();

    @AtMost("promptTokens")
    Optional<TransportedDetails> details();

    Optional<List<TransportedDetails>> perCall();

    @AdditionalProperties
    Map<String, Object> extra();
}
