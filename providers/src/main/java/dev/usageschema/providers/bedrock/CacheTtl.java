package dev.usageschema.providers.bedrock;

import dev.usageschema.WireName;

/** The time to live of cache writes. */
public enum CacheTtl {
    @WireName("5m")
    FIVE_MINUTES,
    @WireName("1h")
    ONE_HOUR
}
