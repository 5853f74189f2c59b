package dev.usageschema.examples.providers;

/** A plain enum property beside the counts. */
public enum ServiceTier {
    DEFAULT,
    FLEX,
    PRIORITY
}
