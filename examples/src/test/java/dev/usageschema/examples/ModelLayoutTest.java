package dev.usageschema.examples;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.examples.providers.ImmutableAnthropicUsage;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A model holds what a hand-written class would: a field per property and one word of presence
 * bits (given, and given as an explicit null), nothing kept only for its checks.
 */
class ModelLayoutTest {

    @Test
    void aModelHoldsItsPropertiesAndOneWordOfPresenceBits() {
        // Anthropic's usage has optional counts (null bits) and a nested object (rejected values).
        String[] fields = Arrays.stream(ImmutableAnthropicUsage.class.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers()))
                .map(Field::getName)
                .toArray(String[]::new);

        assertThat(fields).asList().containsExactly("inputTokens", "outputTokens", "cacheCreationInputTokens",
                "cacheCreation", "cacheReadInputTokens", "totalTokens", "$bits0");
    }
}
