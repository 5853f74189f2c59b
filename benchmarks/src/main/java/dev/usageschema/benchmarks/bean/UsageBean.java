package dev.usageschema.benchmarks.bean;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The shape as a plain bean with Jakarta constraints, as a Bean Validation user writes it: a
 * constraint per field, {@code @Valid} to reach the details, and {@code @AssertTrue} getters for
 * the rules across fields. Hibernate Validator reads the annotations by reflection;
 * avaje-validator's processor, which {@code @Valid} on the class asks for, writes an adapter for it.
 */
@Valid
public final class UsageBean {

    @PositiveOrZero
    private final long promptTokens;
    @PositiveOrZero
    private final long completionTokens;
    @PositiveOrZero
    private final long totalTokens;
    @Valid
    private final PromptDetailsBean promptTokensDetails;
    @Valid
    private final CompletionDetailsBean completionTokensDetails;

    public UsageBean(long promptTokens, long completionTokens, long totalTokens,
            PromptDetailsBean promptTokensDetails, CompletionDetailsBean completionTokensDetails) {
        this.promptTokens = promptTokens;
        this.completionTokens = completionTokens;
        this.totalTokens = totalTokens;
        this.promptTokensDetails = promptTokensDetails;
        this.completionTokensDetails = completionTokensDetails;
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

    public PromptDetailsBean getPromptTokensDetails() {
        return promptTokensDetails;
    }

    public CompletionDetailsBean getCompletionTokensDetails() {
        return completionTokensDetails;
    }

    @AssertTrue(message = "totalTokens must be promptTokens + completionTokens")
    public boolean isTotalTheSum() {
        long sum = promptTokens + completionTokens;
        return sum >= 0 && sum == totalTokens;
    }

    @AssertTrue(message = "promptTokensDetails must lie within promptTokens")
    public boolean isPromptDetailsWithinPrompt() {
        return promptTokensDetails == null || promptTokensDetails.isWithin(promptTokens);
    }

    @AssertTrue(message = "completionTokensDetails must lie within completionTokens")
    public boolean isCompletionDetailsWithinCompletion() {
        return completionTokensDetails == null || completionTokensDetails.isWithin(completionTokens);
    }
}
