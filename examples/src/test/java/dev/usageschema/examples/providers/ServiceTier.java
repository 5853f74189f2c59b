package dev.usageschema.examples.providers;

import dev.usageschema.WireName;

/** A plain enum property beside the counts; OpenAI writes its tiers in lower case. */
public enum ServiceTier {
    @WireName("default")
    DEFAULT,
    @WireName("flex")
    FLEX,
    @WireName("priority")
    PRIORITY
}
