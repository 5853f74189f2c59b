package dev.usageschema.otel;

import dev.usageschema.Validated;
import dev.usageschema.canonical.ImmutableCanonicalUsage;
import dev.usageschema.examples.providers.GatewayUsageRecord;
import dev.usageschema.examples.providers.ImmutableAnthropicStreamUsage;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One usage of each example provider schema, read from the provider's JSON and mapped by the
 * schema's {@code toCanonical()}, with the call it came from and the counts its span should carry.
 */
final class ProviderUsages {

    private static final UsageJson JSON = UsageJson.standard();

    private ProviderUsages() {
    }

    /** {@return every example provider's usage} */
    static List<ProviderUsage> all() {
        return List.of(
                new ProviderUsage("openai-chat: cached tokens and reasoning inside prompt and completion",
                        canonical("{\"prompt_tokens\":1200,\"completion_tokens\":300,\"total_tokens\":1500,"
                                + "\"prompt_tokens_details\":{\"cached_tokens\":1000,\"audio_tokens\":0},"
                                + "\"completion_tokens_details\":{\"reasoning_tokens\":128,\"audio_tokens\":0,"
                                + "\"accepted_prediction_tokens\":0,\"rejected_prediction_tokens\":0}}",
                                ImmutableOpenAiChatUsage.jsonSchema(), ImmutableOpenAiChatUsage::toCanonical),
                        chat("openai"), 1500, new Expected(1200, 300L).cacheRead(1000).reasoning(128)),
                new ProviderUsage("openrouter-chat: cache reads and writes inside the prompt",
                        canonical("{\"prompt_tokens\":17903,\"completion_tokens\":1970,\"total_tokens\":19873,"
                                + "\"prompt_tokens_details\":{\"cached_tokens\":17817,\"cache_write_tokens\":40},"
                                + "\"completion_tokens_details\":{\"reasoning_tokens\":956},\"cost\":0.0123}",
                                ImmutableOpenRouterUsage.jsonSchema(), ImmutableOpenRouterUsage::toCanonical),
                        chat("openrouter"), 19873,
                        new Expected(17903, 1970L).cacheRead(17817).cacheWrite(40).reasoning(956)),
                new ProviderUsage("anthropic-messages: input = input_tokens + cache read + cache creation",
                        canonical("{\"input_tokens\":2095,\"output_tokens\":503,\"cache_creation_input_tokens\":2051,"
                                + "\"cache_read_input_tokens\":300,\"cache_creation\":{\"ephemeral_5m_input_tokens\":2051,"
                                + "\"ephemeral_1h_input_tokens\":0}}", ImmutableAnthropicUsage.jsonSchema(), ImmutableAnthropicUsage::toCanonical),
                        chat("anthropic"), 2095 + 503 + 2051 + 300,
                        new Expected(2095 + 300 + 2051, 503L).cacheRead(300).cacheWrite(2051)),
                new ProviderUsage("anthropic-messages, streamed: as its message usage",
                        canonical("{\"input_tokens\":12,\"output_tokens\":87,\"cache_creation_input_tokens\":0,"
                                + "\"cache_read_input_tokens\":4096}", ImmutableAnthropicStreamUsage.jsonSchema(), ImmutableAnthropicStreamUsage::toCanonical),
                        chat("anthropic"), 12 + 87 + 4096, new Expected(12 + 4096, 87L).cacheRead(4096).cacheWrite(0)),
                new ProviderUsage("bedrock-converse: cache reads added to the input, null cache writes left out",
                        canonical("{\"inputTokens\":100,\"outputTokens\":100,\"cacheReadInputTokens\":50,"
                                + "\"cacheWriteInputTokens\":null,\"totalTokens\":250}",
                                ImmutableBedrockTokenUsage.jsonSchema(), ImmutableBedrockTokenUsage::toCanonical),
                        chat("aws.bedrock"), 250, new Expected(150, 100L).cacheRead(50)),
                new ProviderUsage("gemini-generate-content: thoughts added to the candidates as reasoning",
                        canonical("{\"promptTokenCount\":20,\"candidatesTokenCount\":198,\"thoughtsTokenCount\":405,"
                                + "\"totalTokenCount\":623}", ImmutableGeminiUsageMetadata.jsonSchema(), ImmutableGeminiUsageMetadata::toCanonical),
                        generateContent(), 623, new Expected(20, 198L + 405).reasoning(405)),
                new ProviderUsage("gemini-generate-content: cached content inside the prompt, tool-use prompt added",
                        canonical("{\"promptTokenCount\":1000,\"candidatesTokenCount\":50,"
                                + "\"cachedContentTokenCount\":800,\"toolUsePromptTokenCount\":30,"
                                + "\"totalTokenCount\":1080}", ImmutableGeminiUsageMetadata.jsonSchema(), ImmutableGeminiUsageMetadata::toCanonical),
                        generateContent(), 1080, new Expected(1030, 50L).cacheRead(800)),
                new ProviderUsage("xai-chat: reasoning added to the completion; 200 of the total unattributed",
                        canonical("{\"prompt_tokens\":37,\"completion_tokens\":530,\"total_tokens\":1000,"
                                + "\"completion_tokens_details\":{\"reasoning_tokens\":233}}", ImmutableXaiUsage.jsonSchema(), ImmutableXaiUsage::toCanonical),
                        chat("x_ai"), 1000 - 200, new Expected(37, 530L + 233).reasoning(233)),
                new ProviderUsage("deepseek-chat: cache hits inside the prompt",
                        canonical("{\"prompt_tokens\":100,\"prompt_cache_hit_tokens\":60,\"prompt_cache_miss_tokens\":40,"
                                + "\"completion_tokens\":20,\"total_tokens\":120}", ImmutableDeepSeekUsage.jsonSchema(), ImmutableDeepSeekUsage::toCanonical),
                        chat("deepseek"), 120, new Expected(100, 20L).cacheRead(60)),
                new ProviderUsage("groq-chat: prompt and completion",
                        canonical("{\"prompt_tokens\":18,\"completion_tokens\":556,\"total_tokens\":574,"
                                + "\"queue_time\":0.02,\"prompt_time\":0.01,\"completion_time\":0.5,\"total_time\":0.53}",
                                ImmutableGroqUsage.jsonSchema(), ImmutableGroqUsage::toCanonical),
                        chat("groq"), 574, new Expected(18, 556L)),
                new ProviderUsage("cohere-chat: billed units, not tokens",
                        canonical("{\"billed_units\":{\"input_tokens\":5,\"output_tokens\":418},"
                                + "\"tokens\":{\"input_tokens\":71,\"output_tokens\":418}}", ImmutableCohereUsage.jsonSchema(), ImmutableCohereUsage::toCanonical),
                        chat("cohere"), 5 + 418, new Expected(5, 418L)),
                new ProviderUsage("ollama: prompt and eval counts",
                        canonical("{\"prompt_eval_count\":26,\"eval_count\":298,\"total_duration\":5191566416,"
                                + "\"eval_duration\":4799921000}", ImmutableOllamaUsage.jsonSchema(), ImmutableOllamaUsage::toCanonical),
                        chat("ollama"), 26 + 298, new Expected(26, 298L)),
                new ProviderUsage("gateway: prompt and completion, reasoning inside",
                        canonical("{\"model\":\"m\",\"request_id\":null,\"prompt_tokens\":10,\"completion_tokens\":102,"
                                + "\"reasoning_tokens\":64,\"retries\":0}", GatewayUsageRecord.jsonSchema(), GatewayUsageRecord::toCanonical),
                        chat("litellm"), 112, new Expected(10, 102L).reasoning(64)),
                new ProviderUsage("openai-embeddings: input only",
                        canonical("{\"prompt_tokens\":8,\"total_tokens\":8}", ImmutableEmbeddingUsage.jsonSchema(), ImmutableEmbeddingUsage::toCanonical),
                        GenAiCall.builder(GenAiAttributes.OPERATION_EMBEDDINGS, "openai").build(), 8,
                        new Expected(8, null)));
    }

    /** {@return the provider's usage whose name starts with the prefix} */
    static ProviderUsage named(String prefix) {
        return all().stream().filter(usage -> usage.name().startsWith(prefix)).findFirst().orElseThrow();
    }

    /** The canonical usage that a provider's JSON maps to. */
    private static <M> Validated<ImmutableCanonicalUsage> canonical(String json, JsonSchema<M, ?> schema,
            Function<M, Validated<ImmutableCanonicalUsage>> toCanonical) {
        return toCanonical.apply(JSON.read(json, schema));
    }

    private static GenAiCall chat(String provider) {
        return GenAiCall.builder(GenAiAttributes.OPERATION_CHAT, provider).requestModel("the-model").build();
    }

    private static GenAiCall generateContent() {
        return GenAiCall.builder(GenAiAttributes.OPERATION_GENERATE_CONTENT, "gcp.gemini").build();
    }

    /**
     * One provider's usage and what recording it should give.
     *
     * @param name          what the case shows
     * @param canonical     the usage, mapped
     * @param call          the call it came from
     * @param providerTokens the tokens the provider's own counts add up to, less what its total leaves unattributed
     * @param expected      the counts its span should carry
     */
    record ProviderUsage(String name, Validated<ImmutableCanonicalUsage> canonical, GenAiCall call,
            long providerTokens, Expected expected) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** The counts a span should carry; {@code null} where the usage has none. */
    static final class Expected {

        final long input;
        final Long output;
        private Long cacheRead;
        private Long cacheWrite;
        private Long reasoning;

        Expected(long input, Long output) {
            this.input = input;
            this.output = output;
        }

        Expected cacheRead(long count) {
            cacheRead = count;
            return this;
        }

        Expected cacheWrite(long count) {
            cacheWrite = count;
            return this;
        }

        Expected reasoning(long count) {
            reasoning = count;
            return this;
        }

        /** {@return the span's usage attributes, the cache-write count under the version's name} */
        Map<String, Long> attributes(GenAiConventions conventions) {
            Map<String, Long> attributes = new LinkedHashMap<>();
            attributes.put("gen_ai.usage.input_tokens", input);
            put(attributes, "gen_ai.usage.cache_read.input_tokens", cacheRead);
            put(attributes, conventions == GenAiConventions.V1_41 ? "gen_ai.usage.cache_creation.input_tokens"
                    : "gen_ai.usage.cache_write.input_tokens", cacheWrite);
            put(attributes, "gen_ai.usage.output_tokens", output);
            put(attributes, "gen_ai.usage.reasoning.output_tokens", reasoning);
            return attributes;
        }

        private static void put(Map<String, Long> attributes, String name, Long count) {
            if (count != null) {
                attributes.put(name, count);
            }
        }
    }
}
