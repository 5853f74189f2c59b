package dev.usageschema.providers.anthropic;

import dev.usageschema.WireName;

/** The processing speed a message asked for (beta). */
public enum Speed {
    @WireName("standard")
    STANDARD,
    @WireName("fast")
    FAST
}
