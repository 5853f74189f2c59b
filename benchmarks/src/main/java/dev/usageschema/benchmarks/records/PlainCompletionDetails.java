package dev.usageschema.benchmarks.records;

/** Parts of the completion count; {@code null} is an absent count. */
public record PlainCompletionDetails(Long reasoningTokens) {
}
