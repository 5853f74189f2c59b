package dev.usageschema.benchmarks.handwritten;

import java.util.List;
import java.util.Optional;

/**
 * The shape as a careful person writes it by hand: a final class whose builder checks inline,
 * lists every problem ({@link Builder#problems()}) and throws {@link IllegalArgumentException}
 * from {@link Builder#build()}. The floor the generated model is measured against.
 */
public final class HandWrittenUsage {

    private final long promptTokens;
    private final long completionTokens;
    private final long totalTokens;
    private final HandWrittenPromptDetails promptTokensDetails;
    private final HandWrittenCompletionDetails completionTokensDetails;

    private HandWrittenUsage(Builder builder) {
        this.promptTokens = builder.promptTokens;
        this.completionTokens = builder.completionTokens;
        this.totalTokens = builder.totalTokens;
        this.promptTokensDetails = builder.promptTokensDetails;
        this.completionTokensDetails = builder.completionTokensDetails;
    }

    public long promptTokens() {
        return promptTokens;
    }

    public long completionTokens() {
        return completionTokens;
    }

    public long totalTokens() {
        return totalTokens;
    }

    public Optional<HandWrittenPromptDetails> promptTokensDetails() {
        return Optional.ofNullable(promptTokensDetails);
    }

    public Optional<HandWrittenCompletionDetails> completionTokensDetails() {
        return Optional.ofNullable(completionTokensDetails);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects every problem, as a fair peer of the generated builder. */
    public static final class Builder {
        private long promptTokens;
        private long completionTokens;
        private long totalTokens;
        private HandWrittenPromptDetails promptTokensDetails;
        private HandWrittenCompletionDetails completionTokensDetails;

        public Builder promptTokens(long value) {
            promptTokens = value;
            return this;
        }

        public Builder completionTokens(long value) {
            completionTokens = value;
            return this;
        }

        public Builder totalTokens(long value) {
            totalTokens = value;
            return this;
        }

        public Builder promptTokensDetails(HandWrittenPromptDetails value) {
            promptTokensDetails = value;
            return this;
        }

        public Builder completionTokensDetails(HandWrittenCompletionDetails value) {
            completionTokensDetails = value;
            return this;
        }

        public List<String> problems() {
            List<String> problems = Problems.negative(null, "promptTokens", true, promptTokens);
            problems = Problems.negative(problems, "completionTokens", true, completionTokens);
            problems = Problems.negative(problems, "totalTokens", true, totalTokens);
            if (promptTokens >= 0 && completionTokens >= 0 && totalTokens >= 0) {
                long sum = promptTokens + completionTokens;
                if (sum < 0) {
                    problems = Problems.add(problems, "promptTokens + completionTokens overflows");
                } else if (sum != totalTokens) {
                    problems = Problems.add(problems, "promptTokens " + promptTokens + " + completionTokens "
                            + completionTokens + " != totalTokens " + totalTokens);
                }
            }
            if (promptTokensDetails != null && promptTokens >= 0) {
                problems = promptTokensDetails.above(problems, "promptTokens", promptTokens);
            }
            if (completionTokensDetails != null && completionTokens >= 0) {
                problems = completionTokensDetails.above(problems, "completionTokens", completionTokens);
            }
            return Problems.done(problems);
        }

        public HandWrittenUsage build() {
            List<String> problems = problems();
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", problems));
            }
            return new HandWrittenUsage(this);
        }
    }
}
