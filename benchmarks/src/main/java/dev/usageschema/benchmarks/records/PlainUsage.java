package dev.usageschema.benchmarks.records;

/** The shape as plain records with no checks: what declaring it at all costs javac. */
public record PlainUsage(long promptTokens, long completionTokens, long totalTokens,
        PlainPromptDetails promptTokensDetails, PlainCompletionDetails completionTokensDetails) {
}
