package dev.usageschema.benchmarks.handwritten;

import java.util.List;
import java.util.OptionalLong;

/** Parts of the prompt count, written by hand: each count may be absent and is never negative. */
public final class HandWrittenPromptDetails {

    private final long cachedTokens;
    private final long audioTokens;
    private final boolean hasCachedTokens;
    private final boolean hasAudioTokens;

    private HandWrittenPromptDetails(Builder builder) {
        this.cachedTokens = builder.cachedTokens;
        this.audioTokens = builder.audioTokens;
        this.hasCachedTokens = builder.hasCachedTokens;
        this.hasAudioTokens = builder.hasAudioTokens;
    }

    public OptionalLong cachedTokens() {
        return hasCachedTokens ? OptionalLong.of(cachedTokens) : OptionalLong.empty();
    }

    public OptionalLong audioTokens() {
        return hasAudioTokens ? OptionalLong.of(audioTokens) : OptionalLong.empty();
    }

    /** The parent's bound, checked on every count here. */
    List<String> above(List<String> problems, String boundName, long bound) {
        problems = Problems.above(problems, "promptTokensDetails.cachedTokens", hasCachedTokens, cachedTokens, boundName, bound);
        return Problems.above(problems, "promptTokensDetails.audioTokens", hasAudioTokens, audioTokens, boundName, bound);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects every problem before building. */
    public static final class Builder {
        private long cachedTokens;
        private long audioTokens;
        private boolean hasCachedTokens;
        private boolean hasAudioTokens;

        public Builder cachedTokens(long value) {
            cachedTokens = value;
            hasCachedTokens = true;
            return this;
        }

        public Builder audioTokens(long value) {
            audioTokens = value;
            hasAudioTokens = true;
            return this;
        }

        public List<String> problems() {
            List<String> problems = Problems.negative(null, "cachedTokens", hasCachedTokens, cachedTokens);
            return Problems.done(Problems.negative(problems, "audioTokens", hasAudioTokens, audioTokens));
        }

        public HandWrittenPromptDetails build() {
            List<String> problems = problems();
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", problems));
            }
            return new HandWrittenPromptDetails(this);
        }
    }
}
