package dev.usageschema.benchmarks.autovalue;

import com.google.auto.value.AutoValue;
import java.util.Optional;

/** The shape with AutoValue: the checks in the builder's {@code build()}, which throws at the first problem. */
@AutoValue
public abstract class AutoValueUsage {

    public abstract long promptTokens();

    public abstract long completionTokens();

    public abstract long totalTokens();

    public abstract Optional<AutoValuePromptDetails> promptTokensDetails();

    public abstract Optional<AutoValueCompletionDetails> completionTokensDetails();

    public static Builder builder() {
        return new AutoValue_AutoValueUsage.Builder();
    }

    /** Builds and checks. */
    @AutoValue.Builder
    public abstract static class Builder {
        public abstract Builder promptTokens(long value);

        public abstract Builder completionTokens(long value);

        public abstract Builder totalTokens(long value);

        public abstract Builder promptTokensDetails(AutoValuePromptDetails value);

        public abstract Builder completionTokensDetails(AutoValueCompletionDetails value);

        abstract AutoValueUsage autoBuild();

        public AutoValueUsage build() {
            AutoValueUsage usage = autoBuild();
            long prompt = usage.promptTokens();
            long completion = usage.completionTokens();
            if (prompt < 0 || completion < 0 || usage.totalTokens() < 0) {
                throw new IllegalStateException("counts must be >= 0");
            }
            long sum = prompt + completion;
            if (sum < 0 || sum != usage.totalTokens()) {
                throw new IllegalStateException("totalTokens must be promptTokens + completionTokens");
            }
            if (usage.promptTokensDetails().isPresent()) {
                AutoValuePromptDetails details = usage.promptTokensDetails().get();
                if (details.cachedTokens().orElse(0) > prompt || details.audioTokens().orElse(0) > prompt) {
                    throw new IllegalStateException("promptTokensDetails must lie within promptTokens");
                }
            }
            if (usage.completionTokensDetails().isPresent()
                    && usage.completionTokensDetails().get().reasoningTokens().orElse(0) > completion) {
                throw new IllegalStateException("completionTokensDetails must lie within completionTokens");
            }
            return usage;
        }
    }
}
