package dev.usageschema.examples.json;

import dev.usageschema.WireName;

/** How long a cache write lives, named on the wire as Anthropic and Bedrock name it. */
public enum CacheTtl {
    @WireName("5m")
    FIVE_MINUTES,
    @WireName(value = "1h", alternates = {"60m"})
    ONE_HOUR
}
