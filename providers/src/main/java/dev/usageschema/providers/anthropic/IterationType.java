package dev.usageschema.providers.anthropic;

import dev.usageschema.WireName;

/** What one sampling iteration was (beta). */
public enum IterationType {
    @WireName("message")
    MESSAGE,
    @WireName("advisor_message")
    ADVISOR_MESSAGE,
    @WireName("compaction")
    COMPACTION,
    @WireName("fallback_message")
    FALLBACK_MESSAGE
}
