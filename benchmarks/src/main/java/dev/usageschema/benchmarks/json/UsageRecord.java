package dev.usageschema.benchmarks.json;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The benchmark's usage shape as plain records with no checks, what a caller reads with Jackson
 * databind when nothing is validated: the baseline of the JSON benchmark. Both Jackson majors read
 * {@code com.fasterxml.jackson.annotation}.
 */
public record UsageRecord(
        @JsonProperty("prompt_tokens") long promptTokens,
        @JsonProperty("completion_tokens") long completionTokens,
        @JsonProperty("total_tokens") long totalTokens,
        @JsonProperty("prompt_tokens_details") PromptDetails promptTokensDetails,
        @JsonProperty("completion_tokens_details") CompletionDetails completionTokensDetails) {

    /** Parts of the prompt count. */
    public record PromptDetails(@JsonProperty("cached_tokens") Long cachedTokens,
            @JsonProperty("audio_tokens") Long audioTokens) {
    }

    /** Parts of the completion count. */
    public record CompletionDetails(@JsonProperty("reasoning_tokens") Long reasoningTokens) {
    }
}
