package dev.usageschema.providers.perplexity;

import dev.usageschema.WireName;

/** The search context a Sonar request asked for, which sets its request fee. */
public enum SearchContextSize {
    @WireName("low")
    LOW,
    @WireName("medium")
    MEDIUM,
    @WireName("high")
    HIGH
}
