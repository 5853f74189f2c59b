package dev.usageschema.providers.google;

import dev.usageschema.WireNumber;

/**
 * Vertex AI's billing of a call: by name as REST sends it, or by its proto number, as Google's generated
 * clients send it ({@code "trafficType": 4} is {@code ON_DEMAND_FLEX}); written by name.
 */
public enum TrafficType {
    @WireNumber(0)
    TRAFFIC_TYPE_UNSPECIFIED,
    @WireNumber(1)
    ON_DEMAND,
    @WireNumber(2)
    PROVISIONED_THROUGHPUT,
    @WireNumber(3)
    ON_DEMAND_PRIORITY,
    @WireNumber(4)
    ON_DEMAND_FLEX
}
