package dev.usageschema.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** The shape as a careful person writes it by hand: a final class whose builder checks inline. */
public final class HandWrittenUsage {

    private final long promptTokens;
    private final long completionTokens;
    private final long totalTokens;
    private final long cachedTokens;
    private final boolean hasCachedTokens;

    private HandWrittenUsage(Builder builder) {
        this.promptTokens = builder.promptTokens;
        this.completionTokens = builder.completionTokens;
        this.totalTokens = builder.totalTokens;
        this.cachedTokens = builder.cachedTokens;
        this.hasCachedTokens = builder.hasCachedTokens;
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

    public OptionalLong cachedTokens() {
        return hasCachedTokens ? OptionalLong.of(cachedTokens) : OptionalLong.empty();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects every problem, as a fair peer of the generated builder. */
    public static final class Builder {
        private long promptTokens;
        private long completionTokens;
        private long totalTokens;
        private long cachedTokens;
        private boolean hasCachedTokens;

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

        public Builder cachedTokens(long value) {
            cachedTokens = value;
            hasCachedTokens = true;
            return this;
        }

        public List<String> problems() {
            List<String> problems = null;
            if (promptTokens < 0) {
                problems = add(problems, "promptTokens " + promptTokens + " is negative");
            }
            if (completionTokens < 0) {
                problems = add(problems, "completionTokens " + completionTokens + " is negative");
            }
            if (totalTokens < 0) {
                problems = add(problems, "totalTokens " + totalTokens + " is negative");
            }
            if (promptTokens >= 0 && completionTokens >= 0 && totalTokens >= 0) {
                long sum = promptTokens + completionTokens;
                if (sum < 0) {
                    problems = add(problems, "promptTokens + completionTokens overflows");
                } else if (sum != totalTokens) {
                    problems = add(problems, "promptTokens " + promptTokens + " + completionTokens " + completionTokens
                            + " != totalTokens " + totalTokens);
                }
            }
            if (hasCachedTokens && cachedTokens < 0) {
                problems = add(problems, "cachedTokens " + cachedTokens + " is negative");
            } else if (hasCachedTokens && promptTokens >= 0 && cachedTokens > promptTokens) {
                problems = add(problems, "cachedTokens " + cachedTokens + " > promptTokens " + promptTokens);
            }
            return problems == null ? List.of() : problems;
        }

        public HandWrittenUsage build() {
            List<String> problems = problems();
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", problems));
            }
            return new HandWrittenUsage(this);
        }

        private static List<String> add(List<String> problems, String problem) {
            List<String> list = problems == null ? new ArrayList<>() : problems;
            list.add(problem);
            return list;
        }
    }
}
