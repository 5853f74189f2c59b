package dev.usageschema.benchmarks;

import java.util.OptionalLong;
import org.immutables.value.Value;

/** The shape with Immutables: the checks in a {@code @Value.Check}. */
@Value.Immutable
public interface ImmutablesUsage {

    long promptTokens();

    long completionTokens();

    long totalTokens();

    OptionalLong cachedTokens();

    @Value.Check
    default void check() {
        if (promptTokens() < 0 || completionTokens() < 0 || totalTokens() < 0) {
            throw new IllegalStateException("counts must be >= 0");
        }
        long sum = promptTokens() + completionTokens();
        if (sum < 0 || sum != totalTokens()) {
            throw new IllegalStateException("totalTokens must be promptTokens + completionTokens");
        }
        if (cachedTokens().isPresent() && (cachedTokens().getAsLong() < 0 || cachedTokens().getAsLong() > promptTokens())) {
            throw new IllegalStateException("cachedTokens must be within promptTokens");
        }
    }
}
