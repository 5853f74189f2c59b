package dev.usageschema.benchmarks;

import jakarta.validation.constraints.PositiveOrZero;

/** The shape as a plain bean validated by Hibernate Validator. */
@ConsistentTotal
public final class ValidatedBean {

    @PositiveOrZero
    private final long promptTokens;
    @PositiveOrZero
    private final long completionTokens;
    @PositiveOrZero
    private final long totalTokens;
    @PositiveOrZero
    private final Long cachedTokens;

    public ValidatedBean(long promptTokens, long completionTokens, long totalTokens, Long cachedTokens) {
        this.promptTokens = promptTokens;
        this.completionTokens = completionTokens;
        this.totalTokens = totalTokens;
        this.cachedTokens = cachedTokens;
    }

    public long getPromptTokens() {
        return promptTokens;
    }

    public long getCompletionTokens() {
        return completionTokens;
    }

    public long getTotalTokens() {
        return totalTokens;
    }

    public Long getCachedTokens() {
        return cachedTokens;
    }
}
