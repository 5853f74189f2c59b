package dev.usageschema.benchmarks.sum;

import dev.usageschema.benchmarks.handwritten.HandWrittenCompletionDetails;
import dev.usageschema.benchmarks.handwritten.HandWrittenPromptDetails;
import dev.usageschema.benchmarks.handwritten.HandWrittenUsage;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The addition a careful person writes for the hand-written classes: each count added with
 * {@link Math#addExact}, an absent count adding nothing, the details field by field, and the sum
 * built through the checking builder. The floor the generated addition is measured against.
 */
public final class HandWrittenSums {

    private HandWrittenSums() {
    }

    /**
     * {@return {@code a + b}}
     * @throws ArithmeticException on overflow
     * @throws IllegalArgumentException when the sum breaks a rule
     */
    public static HandWrittenUsage plus(HandWrittenUsage a, HandWrittenUsage b) {
        HandWrittenUsage.Builder sum = HandWrittenUsage.builder()
                .promptTokens(Math.addExact(a.promptTokens(), b.promptTokens()))
                .completionTokens(Math.addExact(a.completionTokens(), b.completionTokens()))
                .totalTokens(Math.addExact(a.totalTokens(), b.totalTokens()));
        prompt(a.promptTokensDetails(), b.promptTokensDetails()).ifPresent(sum::promptTokensDetails);
        completion(a.completionTokensDetails(), b.completionTokensDetails()).ifPresent(sum::completionTokensDetails);
        return sum.build();
    }

    private static Optional<HandWrittenPromptDetails> prompt(Optional<HandWrittenPromptDetails> a,
            Optional<HandWrittenPromptDetails> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isPresent() ? a : b;
        }
        HandWrittenPromptDetails.Builder sum = HandWrittenPromptDetails.builder();
        add(a.get().cachedTokens(), b.get().cachedTokens()).ifPresent(sum::cachedTokens);
        add(a.get().audioTokens(), b.get().audioTokens()).ifPresent(sum::audioTokens);
        return Optional.of(sum.build());
    }

    private static Optional<HandWrittenCompletionDetails> completion(Optional<HandWrittenCompletionDetails> a,
            Optional<HandWrittenCompletionDetails> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isPresent() ? a : b;
        }
        HandWrittenCompletionDetails.Builder sum = HandWrittenCompletionDetails.builder();
        add(a.get().reasoningTokens(), b.get().reasoningTokens()).ifPresent(sum::reasoningTokens);
        return Optional.of(sum.build());
    }

    private static OptionalLong add(OptionalLong a, OptionalLong b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isPresent() ? a : b;
        }
        return OptionalLong.of(Math.addExact(a.getAsLong(), b.getAsLong()));
    }
}
