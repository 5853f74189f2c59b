package dev.usageschema.providers.google;

/**
 * Vertex AI's billing of a call, as REST sends it. Google's generated clients send the proto numbers (0 to 4,
 * in this order), which this enum does not read.
 */
public enum TrafficType {
    TRAFFIC_TYPE_UNSPECIFIED,
    ON_DEMAND,
    PROVISIONED_THROUGHPUT,
    ON_DEMAND_PRIORITY,
    ON_DEMAND_FLEX
}
