package dev.usageschema.examples.canonical;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.usageschema.canonical.ImmutableCanonicalUsage;
import dev.usageschema.examples.ExampleFiles;
import dev.usageschema.examples.providers.GatewayUsageRecord;
import dev.usageschema.examples.providers.ImmutableAnthropicUsage;
import dev.usageschema.examples.providers.ImmutableBedrockTokenUsage;
import dev.usageschema.examples.providers.ImmutableCohereUsage;
import dev.usageschema.examples.providers.ImmutableDeepSeekUsage;
import dev.usageschema.examples.providers.ImmutableEmbeddingUsage;
import dev.usageschema.examples.providers.ImmutableGeminiUsageMetadata;
import dev.usageschema.examples.providers.ImmutableGroqUsage;
import dev.usageschema.examples.providers.ImmutableOllamaUsage;
import dev.usageschema.examples.providers.ImmutableOpenAiChatUsage;
import dev.usageschema.examples.providers.ImmutableOpenRouterUsage;
import dev.usageschema.examples.providers.ImmutableXaiUsage;
import dev.usageschema.jackson2.UsageJson;
import dev.usageschema.json.JsonSchema;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each provider's example file, through its schema and mapping, as the canonical usage's JSON. */
class ProviderExamplesTest {

    private static final UsageJson JSON = UsageJson.standard();

    static Stream<Arguments> examples() {
        return Stream.of(
                example("openai-chat.json", ImmutableOpenAiChatUsage.jsonSchema(), ImmutableOpenAiChatUsage::toCanonical,
                        "{\"convention\":\"openai-chat\",\"input_tokens\":19,\"input_uncached_tokens\":19,"
                        + "\"cache_read_tokens\":0,\"input_audio_tokens\":0,\"output_tokens\":10,"
                        + "\"output_text_tokens\":10,\"reasoning_tokens\":0,\"output_audio_tokens\":0,"
                        + "\"accepted_prediction_tokens\":0,\"rejected_prediction_tokens\":0,\"total_tokens\":29}"),
                example("openrouter.json", ImmutableOpenRouterUsage.jsonSchema(), ImmutableOpenRouterUsage::toCanonical,
                        "{\"convention\":\"openrouter-chat\",\"input_tokens\":17903,\"input_uncached_tokens\":86,"
                        + "\"cache_read_tokens\":17817,\"cache_write_tokens\":0,\"input_audio_tokens\":0,"
                        + "\"output_tokens\":1970,\"output_text_tokens\":1014,\"reasoning_tokens\":956,"
                        + "\"total_tokens\":19873,\"cost\":0.000582}"),
                example("anthropic.json", ImmutableAnthropicUsage.jsonSchema(), ImmutableAnthropicUsage::toCanonical,
                        "{\"convention\":\"anthropic-messages\",\"input_tokens\":4146,"
                        + "\"input_uncached_tokens\":2095,\"cache_read_tokens\":0,\"cache_write_tokens\":2051,"
                        + "\"cache_write_5m_tokens\":2051,\"cache_write_1h_tokens\":0,\"output_tokens\":503,"
                        + "\"output_text_tokens\":503,\"total_tokens\":4649}"),
                example("bedrock.json", ImmutableBedrockTokenUsage.jsonSchema(), ImmutableBedrockTokenUsage::toCanonical,
                        "{\"convention\":\"bedrock-converse\",\"input_tokens\":1548,\"input_uncached_tokens\":12,"
                        + "\"cache_read_tokens\":1024,\"cache_write_tokens\":512,\"output_tokens\":20,"
                        + "\"output_text_tokens\":20,\"total_tokens\":1568}"),
                example("gemini.json", ImmutableGeminiUsageMetadata.jsonSchema(), ImmutableGeminiUsageMetadata::toCanonical,
                        "{\"convention\":\"gemini-generate-content\",\"input_tokens\":12,"
                        + "\"input_uncached_tokens\":12,\"output_tokens\":28,\"output_text_tokens\":20,"
                        + "\"reasoning_tokens\":8,\"total_tokens\":40}"),
                example("xai.json", ImmutableXaiUsage.jsonSchema(), ImmutableXaiUsage::toCanonical,
                        "{\"convention\":\"xai-chat\",\"input_tokens\":32,\"input_uncached_tokens\":32,"
                        + "\"output_tokens\":103,\"output_text_tokens\":9,\"reasoning_tokens\":94,"
                        + "\"unattributed_tokens\":0,\"total_tokens\":135}"),
                example("deepseek.json", ImmutableDeepSeekUsage.jsonSchema(), ImmutableDeepSeekUsage::toCanonical,
                        "{\"convention\":\"deepseek-chat\",\"input_tokens\":30,\"input_uncached_tokens\":10,"
                        + "\"cache_read_tokens\":20,\"output_tokens\":5,\"output_text_tokens\":5,\"total_tokens\":35}"),
                example("groq.json", ImmutableGroqUsage.jsonSchema(), ImmutableGroqUsage::toCanonical,
                        "{\"convention\":\"groq-chat\",\"input_tokens\":18,\"input_uncached_tokens\":18,"
                        + "\"output_tokens\":7,\"output_text_tokens\":7,\"total_tokens\":25}"),
                example("cohere.json", ImmutableCohereUsage.jsonSchema(), ImmutableCohereUsage::toCanonical,
                        "{\"convention\":\"cohere-chat\",\"input_tokens\":25,\"input_uncached_tokens\":25,"
                        + "\"output_tokens\":48,\"output_text_tokens\":48,\"total_tokens\":73}"),
                example("ollama.json", ImmutableOllamaUsage.jsonSchema(), ImmutableOllamaUsage::toCanonical,
                        "{\"convention\":\"ollama\",\"input_tokens\":26,\"input_uncached_tokens\":26,"
                        + "\"output_tokens\":298,\"output_text_tokens\":298,\"total_tokens\":324}"),
                example("embedding.json", ImmutableEmbeddingUsage.jsonSchema(), ImmutableEmbeddingUsage::toCanonical,
                        "{\"convention\":\"openai-embeddings\",\"input_tokens\":8,\"input_uncached_tokens\":8,"
                        + "\"output_tokens\":0,\"output_text_tokens\":0,\"total_tokens\":8}"),
                example("gateway.json", GatewayUsageRecord.jsonSchema(), GatewayUsageRecord::toCanonical,
                        "{\"convention\":\"gateway\",\"input_tokens\":3,\"input_uncached_tokens\":3,"
                        + "\"output_tokens\":4,\"output_text_tokens\":3,\"reasoning_tokens\":1,\"total_tokens\":7}"));
    }

    private static <M> Arguments example(String file, JsonSchema<M, ?> schema,
            Function<M, dev.usageschema.Validated<ImmutableCanonicalUsage>> canonical, String expected) {
        Function<byte[], String> convert = bytes -> JSON.write(canonical.apply(JSON.read(bytes, schema)).orElseThrow(),
                ImmutableCanonicalUsage.jsonSchema());
        return Arguments.of(file, convert, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void eachProvidersExampleGivesItsCanonicalUsage(String file, Function<byte[], String> convert, String expected) {
        String canonical = convert.apply(ExampleFiles.bytes("providers/" + file));
        assertWithMessage(file).that(canonical).isEqualTo(expected);
    }
}
