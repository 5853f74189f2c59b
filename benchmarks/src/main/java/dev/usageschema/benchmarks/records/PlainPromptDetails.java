package dev.usageschema.benchmarks.records;

/** Parts of the prompt count; {@code null} is an absent count. */
public record PlainPromptDetails(Long cachedTokens, Long audioTokens) {
}
