package dev.usageschema.processor.read;

import static com.google.common.truth.Truth.assertThat;

import java.beans.Introspector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What remains of a getter's name after its prefix is decapitalised as JavaBeans does it. */
class PropertyNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "PromptTokens, promptTokens",
        "X, x",
        "URL, URL",
        "HTTPStatus, HTTPStatus",
        "A1, a1",
        "Ephemeral5mInputTokens, ephemeral5mInputTokens"})
    void decapitalizesAsJavaBeansDoes(String afterPrefix, String propertyName) {
        assertThat(PropertyNames.decapitalize(afterPrefix)).isEqualTo(propertyName);
        assertThat(PropertyNames.decapitalize(afterPrefix)).isEqualTo(Introspector.decapitalize(afterPrefix));
    }
}
