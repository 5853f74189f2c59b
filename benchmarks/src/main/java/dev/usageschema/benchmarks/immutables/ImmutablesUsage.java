package dev.usageschema.benchmarks.immutables;

import java.util.Optional;
import org.immutables.value.Value;

/** The shape with Immutables: the checks in a {@code @Value.Check}, which throws at the first problem. */
@Value.Immutable
public interface ImmutablesUsage {

    long promptTokens();

    long completionTokens();

    long totalTokens();

    Optional<ImmutablesPromptDetails> promptTokensDetails();

    Optional<ImmutablesCompletionDetails> completionTokensDetails();

    @Value.Check
    default void check() {
        long prompt = promptTokens();
        long completion = completionTokens();
        if (prompt < 0 || completion < 0 || totalTokens() < 0) {
            throw new IllegalStateException("counts must be >= 0");
        }
        long sum = prompt + completion;
        if (sum < 0 || sum != totalTokens()) {
            throw new IllegalStateException("totalTokens must be promptTokens + completionTokens");
        }
        if (promptTokensDetails().isPresent()) {
            ImmutablesPromptDetails details = promptTokensDetails().get();
            if (details.cachedTokens().orElse(0) > prompt || details.audioTokens().orElse(0) > prompt) {
                throw new IllegalStateException("promptTokensDetails must lie within promptTokens");
            }
        }
        if (completionTokensDetails().isPresent()
                && completionTokensDetails().get().reasoningTokens().orElse(0) > completion) {
            throw new IllegalStateException("completionTokensDetails must lie within completionTokens");
        }
    }
}
