package dev.usageschema.providers.anthropic;

import dev.usageschema.WireName;

/** The tier a message ran on. */
public enum ServiceTier {
    @WireName("standard")
    STANDARD,
    @WireName("priority")
    PRIORITY,
    @WireName("batch")
    BATCH
}
