package dev.usageschema.processor.read;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.usageschema.WireNaming;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How Java property names become snake_case wire names. */
class WireNamesTest {

    static Stream<Arguments> snakeCase() {
        return Stream.of(
                // words start at a capital
                Arguments.of("promptTokens", "prompt_tokens"),
                Arguments.of("promptTokensDetails", "prompt_tokens_details"),
                Arguments.of("cacheReadInputTokens", "cache_read_input_tokens"),
                Arguments.of("x", "x"),
                Arguments.of("PromptTokens", "prompt_tokens"),
                // digits start a word after a word of two or more letters; letters after them stay
                Arguments.of("ephemeral5mInputTokens", "ephemeral_5m_input_tokens"),
                Arguments.of("ephemeral1hInputTokens", "ephemeral_1h_input_tokens"),
                Arguments.of("gpt4Tokens", "gpt_4_tokens"),
                Arguments.of("sha256", "sha_256"),
                Arguments.of("tokens5M", "tokens_5_m"),
                // ... and stay in a one-letter word
                Arguments.of("cachedTokensV2", "cached_tokens_v2"),
                Arguments.of("p95LatencyMs", "p95_latency_ms"),
                Arguments.of("s3Uri", "s3_uri"),
                Arguments.of("p12", "p12"),
                // a run of capitals is one word; its last capital starts the next word before a lowercase letter
                Arguments.of("HTTPStatus", "http_status"),
                Arguments.of("promptTokensURL", "prompt_tokens_url"),
                Arguments.of("URL", "url"),
                Arguments.of("inputTokensHTTPCount", "input_tokens_http_count"),
                Arguments.of("HTTP2Requests", "http_2_requests"),
                Arguments.of("URLs", "ur_ls"),
                // underscores are kept, and never doubled
                Arguments.of("prompt_tokens", "prompt_tokens"),
                Arguments.of("cache_Read", "cache_read"),
                Arguments.of("tokens_5m", "tokens_5m"),
                Arguments.of("prompt__tokens", "prompt__tokens"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource
    void snakeCase(String javaName, String wireName) {
        assertThat(WireNames.snakeCase(javaName)).isEqualTo(wireName);
        assertThat(WireNames.apply(WireNaming.SNAKE_CASE, javaName)).isEqualTo(wireName);
    }

    @Test
    void camelCaseKeepsTheJavaName() {
        assertThat(WireNames.apply(WireNaming.CAMEL_CASE, "ephemeral5mInputTokens")).isEqualTo("ephemeral5mInputTokens");
    }

    /** Real wire names of providers' usage objects, as their API references spell them. */
    private static final List<String> PROVIDER_WIRE_NAMES = List.of(
            // OpenAI chat completions and responses
            "prompt_tokens", "completion_tokens", "total_tokens", "prompt_tokens_details",
            "completion_tokens_details", "cached_tokens", "audio_tokens", "reasoning_tokens",
            "accepted_prediction_tokens", "rejected_prediction_tokens", "input_tokens", "output_tokens",
            "input_tokens_details", "output_tokens_details",
            // Anthropic messages
            "cache_creation_input_tokens", "cache_read_input_tokens", "cache_creation",
            "ephemeral_5m_input_tokens", "ephemeral_1h_input_tokens", "server_tool_use", "web_search_requests",
            "service_tier",
            // DeepSeek
            "prompt_cache_hit_tokens", "prompt_cache_miss_tokens",
            // Groq
            "queue_time", "prompt_time", "completion_time", "total_time",
            // Mistral
            "prompt_audio_seconds",
            // Cohere
            "billed_units", "search_units", "classifications");

    /** The name a Java developer writes for a wire name: each word after the first capitalised. */
    private static String camelCase(String wireName) {
        StringBuilder java = new StringBuilder();
        String[] words = wireName.split("_");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            java.append(i == 0 || Character.isDigit(word.charAt(0))
                    ? word
                    : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
        }
        return java.toString();
    }

    @Test
    void providersWireNamesComeBackFromTheJavaNamesUsersWrite() {
        assertThat(camelCase("ephemeral_5m_input_tokens")).isEqualTo("ephemeral5mInputTokens");
        List<String> mismatches = new ArrayList<>();
        for (String wireName : PROVIDER_WIRE_NAMES) {
            String javaName = camelCase(wireName);
            if (!WireNames.snakeCase(javaName).equals(wireName)) {
                mismatches.add(javaName + " -> " + WireNames.snakeCase(javaName) + ", not " + wireName);
            }
        }
        assertWithMessage("Java names whose snake_case is not the provider's wire name").that(mismatches).isEmpty();
    }
}
