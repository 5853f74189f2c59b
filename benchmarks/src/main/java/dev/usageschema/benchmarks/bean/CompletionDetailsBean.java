package dev.usageschema.benchmarks.bean;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;

/** Parts of the completion count as a bean; {@code null} is an absent count. */
@Valid
public final class CompletionDetailsBean {

    @PositiveOrZero
    private final Long reasoningTokens;

    public CompletionDetailsBean(Long reasoningTokens) {
        this.reasoningTokens = reasoningTokens;
    }

    public Long getReasoningTokens() {
        return reasoningTokens;
    }

    boolean isWithin(long bound) {
        return reasoningTokens == null || reasoningTokens <= bound;
    }
}
