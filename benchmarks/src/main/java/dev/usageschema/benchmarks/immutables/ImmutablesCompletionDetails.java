package dev.usageschema.benchmarks.immutables;

import java.util.OptionalLong;
import org.immutables.value.Value;

/** Parts of the completion count with Immutables. */
@Value.Immutable
public interface ImmutablesCompletionDetails {

    OptionalLong reasoningTokens();

    @Value.Check
    default void check() {
        if (reasoningTokens().orElse(0) < 0) {
            throw new IllegalStateException("counts must be >= 0");
        }
    }
}
