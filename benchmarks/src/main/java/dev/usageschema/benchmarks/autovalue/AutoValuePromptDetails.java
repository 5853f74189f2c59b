package dev.usageschema.benchmarks.autovalue;

import com.google.auto.value.AutoValue;
import java.util.OptionalLong;

/** Parts of the prompt count with AutoValue. */
@AutoValue
public abstract class AutoValuePromptDetails {

    public abstract OptionalLong cachedTokens();

    public abstract OptionalLong audioTokens();

    public static Builder builder() {
        return new AutoValue_AutoValuePromptDetails.Builder();
    }

    /** Builds and checks. */
    @AutoValue.Builder
    public abstract static class Builder {
        public abstract Builder cachedTokens(long value);

        public abstract Builder audioTokens(long value);

        abstract AutoValuePromptDetails autoBuild();

        public AutoValuePromptDetails build() {
            AutoValuePromptDetails details = autoBuild();
            if (details.cachedTokens().orElse(0) < 0 || details.audioTokens().orElse(0) < 0) {
                throw new IllegalStateException("counts must be >= 0");
            }
            return details;
        }
    }
}
