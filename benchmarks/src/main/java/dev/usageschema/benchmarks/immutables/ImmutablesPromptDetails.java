package dev.usageschema.benchmarks.immutables;

import java.util.OptionalLong;
import org.immutables.value.Value;

/** Parts of the prompt count with Immutables. */
@Value.Immutable
public interface ImmutablesPromptDetails {

    OptionalLong cachedTokens();

    OptionalLong audioTokens();

    @Value.Check
    default void check() {
        if (cachedTokens().orElse(0) < 0 || audioTokens().orElse(0) < 0) {
            throw new IllegalStateException("counts must be >= 0");
        }
    }
}
