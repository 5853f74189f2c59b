package dev.usageschema.benchmarks.autovalue;

import com.google.auto.value.AutoValue;
import java.util.OptionalLong;

/** Parts of the completion count with AutoValue. */
@AutoValue
public abstract class AutoValueCompletionDetails {

    public abstract OptionalLong reasoningTokens();

    public static Builder builder() {
        return new AutoValue_AutoValueCompletionDetails.Builder();
    }

    /** Builds and checks. */
    @AutoValue.Builder
    public abstract static class Builder {
        public abstract Builder reasoningTokens(long value);

        abstract AutoValueCompletionDetails autoBuild();

        public AutoValueCompletionDetails build() {
            AutoValueCompletionDetails details = autoBuild();
            if (details.reasoningTokens().orElse(0) < 0) {
                throw new IllegalStateException("counts must be >= 0");
            }
            return details;
        }
    }
}
