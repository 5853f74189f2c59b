package dev.usageschema.otel;

import static com.google.common.truth.Truth.assertThat;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The opt-in switch of the GenAI conventions, as the variable or the system property gives it. */
class GenAiConventionsTest {

    @Test
    void noSwitchOrAnotherCategorysValueKeepsVersion141() {
        assertThat(GenAiConventions.fromOptIn(null)).isEqualTo(GenAiConventions.V1_41);
        assertThat(GenAiConventions.fromOptIn("")).isEqualTo(GenAiConventions.V1_41);
        assertThat(GenAiConventions.fromOptIn("http,database")).isEqualTo(GenAiConventions.V1_41);
        assertThat(GenAiConventions.fromOptIn("gen_ai_latest")).isEqualTo(GenAiConventions.V1_41);
        assertThat(GenAiConventions.fromOptIn("xgen_ai_latest_experimental")).isEqualTo(GenAiConventions.V1_41);
    }

    @Test
    void theLatestExperimentalValueAnywhereInTheListOptsIn() {
        assertThat(GenAiConventions.fromOptIn("gen_ai_latest_experimental"))
                .isEqualTo(GenAiConventions.LATEST_EXPERIMENTAL);
        assertThat(GenAiConventions.fromOptIn("http, gen_ai_latest_experimental ,database"))
                .isEqualTo(GenAiConventions.LATEST_EXPERIMENTAL);
    }

    @Test
    void eachVersionNamesTheCacheWriteCountItsOwnWay() {
        assertThat(GenAiConventions.V1_41.cacheWriteInputTokens().getKey())
                .isEqualTo("gen_ai.usage.cache_creation.input_tokens");
        assertThat(GenAiConventions.LATEST_EXPERIMENTAL.cacheWriteInputTokens().getKey())
                .isEqualTo("gen_ai.usage.cache_write.input_tokens");
        assertThat(GenAiConventions.V1_41.schemaUrl()).hasValue("https://opentelemetry.io/schemas/1.41.0");
        assertThat(GenAiConventions.LATEST_EXPERIMENTAL.schemaUrl()).isEmpty();
    }

    @Test
    void theSystemPropertyWinsOverTheEnvironment() {
        String before = System.getProperty(GenAiConventions.OPT_IN_PROPERTY);
        try {
            System.setProperty(GenAiConventions.OPT_IN_PROPERTY, "gen_ai_latest_experimental");
            assertThat(GenAiConventions.fromEnvironment()).isEqualTo(GenAiConventions.LATEST_EXPERIMENTAL);
            System.setProperty(GenAiConventions.OPT_IN_PROPERTY, "http");
            assertThat(GenAiConventions.fromEnvironment()).isEqualTo(GenAiConventions.V1_41);
        } finally {
            if (before == null) {
                System.clearProperty(GenAiConventions.OPT_IN_PROPERTY);
            } else {
                System.setProperty(GenAiConventions.OPT_IN_PROPERTY, before);
            }
        }
    }

    /** The build sets the variable for the tests (the pom's surefire configuration). */
    @Test
    @EnabledIfEnvironmentVariable(named = GenAiConventions.OPT_IN_VARIABLE, matches = "http,gen_ai_latest_experimental")
    void withoutThePropertyTheEnvironmentVariableDecidesWhatCreateRecords() {
        String before = System.getProperty(GenAiConventions.OPT_IN_PROPERTY);
        try (OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build()) {
            System.clearProperty(GenAiConventions.OPT_IN_PROPERTY);
            assertThat(GenAiConventions.fromEnvironment()).isEqualTo(GenAiConventions.LATEST_EXPERIMENTAL);
            assertThat(UsageTelemetry.create(sdk).conventions()).isEqualTo(GenAiConventions.LATEST_EXPERIMENTAL);
        } finally {
            if (before != null) {
                System.setProperty(GenAiConventions.OPT_IN_PROPERTY, before);
            }
        }
    }
}
