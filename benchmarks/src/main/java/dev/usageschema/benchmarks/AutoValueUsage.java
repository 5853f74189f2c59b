package dev.usageschema.benchmarks;

import com.google.auto.value.AutoValue;
import java.util.OptionalLong;

/** The shape with AutoValue: the checks in the builder's {@code build()}. */
@AutoValue
public abstract class AutoValueUsage {

    public abstract long promptTokens();

    public abstract long completionTokens();

    public abstract long totalTokens();

    public abstract OptionalLong cachedTokens();

    public static Builder builder() {
        return new AutoValue_AutoValueUsage.Builder();
    }

    /** Builds and checks. */
    @AutoValue.Builder
    public abstract static class Builder {
        public abstract Builder promptTokens(long value);

        public abstract Builder completionTokens(long value);

        public abstract Builder totalTokens(long value);

        public abstract Builder cachedTokens(long value);

        abstract AutoValueUsage autoBuild();

        public AutoValueUsage build() {
            AutoValueUsage usage = autoBuild();
            if (usage.promptTokens() < 0 || usage.completionTokens() < 0 || usage.totalTokens() < 0) {
                throw new IllegalStateException("counts must be >= 0");
            }
            long sum = usage.promptTokens() + usage.completionTokens();
            if (sum < 0 || sum != usage.totalTokens()) {
                throw new IllegalStateException("totalTokens must be promptTokens + completionTokens");
            }
            OptionalLong cached = usage.cachedTokens();
            if (cached.isPresent() && (cached.getAsLong() < 0 || cached.getAsLong() > usage.promptTokens())) {
                throw new IllegalStateException("cachedTokens must be within promptTokens");
            }
            return usage;
        }
    }
}
