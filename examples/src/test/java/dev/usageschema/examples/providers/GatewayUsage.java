package dev.usageschema.examples.providers;

import dev.usageschema.AdditionalProperties;
import dev.usageschema.AtMost;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.NotACount;
import dev.usageschema.Nullable;
import dev.usageschema.Severity;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireName;
import dev.usageschema.WireNaming;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * What a gateway in front of many providers records per call: counts under names that changed
 * between API versions, timings that are not counts, and reasoning tokens that some upstreams
 * report above the completion, which is worth a warning but not a rejected call.
 */
@CanonicalMapping(convention = "gateway", input = "promptTokens", output = "completionTokens", total = "totalTokens",
        reasoning = "reasoningTokens")
@UsageSchema(naming = WireNaming.SNAKE_CASE, typeName = "GatewayUsageRecord")
public interface GatewayUsage {

    /** The model that answered. */
    String model();

    /** The upstream's request id, when it sent one. */
    @Nullable
    String requestId();

    Optional<ServiceTier> serviceTier();

    @WireName(value = "prompt_tokens", alternates = {"input_tokens"})
    long promptTokens();

    @WireName(value = "completion_tokens", alternates = {"output_tokens"})
    long completionTokens();

    @AtMost(value = "completionTokens", severity = Severity.WARNING)
    OptionalLong reasoningTokens();

    @Sum(value = {"promptTokens", "completionTokens"}, derive = true)
    OptionalLong totalTokens();

    /** Seconds from request to last byte: a fraction, not a count, never negative. */
    @NotACount(min = 0)
    OptionalDouble latencySeconds();

    /** Retries before the answer: not a token count, but between 0 and what the gateway allows. */
    @NotACount(min = 0, max = 10)
    Integer retries();

    /** Whatever else the upstream sent. */
    @AdditionalProperties
    Map<String, Object> unknownFields();
}
