package dev.usageschema.examples.soundness;

import dev.usageschema.AdditionalProperties;
import dev.usageschema.AtMost;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

/** A usage that travels in the closures of distributed jobs: its model serializes. */
@UsageSchema
public interface TransportedUsage extends Serializable {

    long promptTokens();

    long completionTokens();

    @Sum({"promptTokens", "completionTokens"})
    long totalTokens();

    @AtMost("promptTokens")
    Optional<TransportedDetails> details();

    @AdditionalProperties
    Map<String, Object> extra();
}
