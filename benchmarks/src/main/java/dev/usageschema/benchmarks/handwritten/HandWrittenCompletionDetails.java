package dev.usageschema.benchmarks.handwritten;

import java.util.List;
import java.util.OptionalLong;

/** Parts of the completion count, written by hand: the count may be absent and is never negative. */
public final class HandWrittenCompletionDetails {

    private final long reasoningTokens;
    private final boolean hasReasoningTokens;

    private HandWrittenCompletionDetails(Builder builder) {
        this.reasoningTokens = builder.reasoningTokens;
        this.hasReasoningTokens = builder.hasReasoningTokens;
    }

    public OptionalLong reasoningTokens() {
        return hasReasoningTokens ? OptionalLong.of(reasoningTokens) : OptionalLong.empty();
    }

    /** The parent's bound, checked on every count here. */
    List<String> above(List<String> problems, String boundName, long bound) {
        return Problems.above(problems, "completionTokensDetails.reasoningTokens", hasReasoningTokens, reasoningTokens,
                boundName, bound);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects every problem before building. */
    public static final class Builder {
        private long reasoningTokens;
        private boolean hasReasoningTokens;

        public Builder reasoningTokens(long value) {
            reasoningTokens = value;
            hasReasoningTokens = true;
            return this;
        }

        public List<String> problems() {
            return Problems.done(Problems.negative(null, "reasoningTokens", hasReasoningTokens, reasoningTokens));
        }

        public HandWrittenCompletionDetails build() {
            List<String> problems = problems();
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", problems));
            }
            return new HandWrittenCompletionDetails(this);
        }
    }
}
