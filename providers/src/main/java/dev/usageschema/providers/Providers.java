package dev.usageschema.providers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalogue: every API surface's usage schema, by its stable id.
 *
 * <pre>{@code
 * ProviderSurface<?, ?> surface = Providers.named("anthropic-messages").orElseThrow();
 * }</pre>
 *
 * <p>{@link #named(String)} returns empty for an id the catalogue does not know; {@link #ids()} lists the
 * ones it does, for a message that names them. Each surface is also a constant, typed by its schema and
 * model ({@link #ANTHROPIC_MESSAGES}), for a caller that knows which one it reads.
 */
public final class Providers {

    /** The {@code openai-chat} surface. */
    public static final ProviderSurface<dev.usageschema.providers.openai.ChatUsage,
            dev.usageschema.providers.openai.ImmutableChatUsage> OPENAI_CHAT = OpenAiSurfaces.OPENAI_CHAT;

    /** The {@code openai-responses} surface. */
    public static final ProviderSurface<dev.usageschema.providers.openai.ResponsesUsage,
            dev.usageschema.providers.openai.ImmutableResponsesUsage> OPENAI_RESPONSES = OpenAiSurfaces.OPENAI_RESPONSES;

    /** The {@code openai-completions} surface. */
    public static final ProviderSurface<dev.usageschema.providers.openai.CompletionsUsage,
            dev.usageschema.providers.openai.ImmutableCompletionsUsage> OPENAI_COMPLETIONS = OpenAiSurfaces.OPENAI_COMPLETIONS;

    /** The {@code openai-embeddings} surface. */
    public static final ProviderSurface<dev.usageschema.providers.openai.EmbeddingsUsage,
            dev.usageschema.providers.openai.ImmutableEmbeddingsUsage> OPENAI_EMBEDDINGS = OpenAiSurfaces.OPENAI_EMBEDDINGS;

    /** The {@code openai-realtime} surface. */
    public static final ProviderSurface<dev.usageschema.providers.openai.RealtimeUsage,
            dev.usageschema.providers.openai.ImmutableRealtimeUsage> OPENAI_REALTIME = OpenAiSurfaces.OPENAI_REALTIME;

    /** The {@code azure-openai-chat} surface. */
    public static final ProviderSurface<dev.usageschema.providers.openai.AzureChatUsage,
            dev.usageschema.providers.openai.ImmutableAzureChatUsage> AZURE_OPENAI_CHAT = OpenAiSurfaces.AZURE_OPENAI_CHAT;

    /** The {@code anthropic-messages} surface. */
    public static final ProviderSurface<dev.usageschema.providers.anthropic.MessagesUsage,
            dev.usageschema.providers.anthropic.ImmutableMessagesUsage> ANTHROPIC_MESSAGES = AnthropicSurfaces.ANTHROPIC_MESSAGES;

    /** The {@code gemini} surface. */
    public static final ProviderSurface<dev.usageschema.providers.google.GeminiUsageMetadata,
            dev.usageschema.providers.google.ImmutableGeminiUsageMetadata> GEMINI = GoogleSurfaces.GEMINI;

    /** The {@code bedrock-converse} surface. */
    public static final ProviderSurface<dev.usageschema.providers.bedrock.ConverseTokenUsage,
            dev.usageschema.providers.bedrock.ImmutableConverseTokenUsage> BEDROCK_CONVERSE = BedrockSurfaces.BEDROCK_CONVERSE;

    /** The {@code mistral-chat} surface. */
    public static final ProviderSurface<dev.usageschema.providers.mistral.ChatUsage,
            dev.usageschema.providers.mistral.ImmutableChatUsage> MISTRAL_CHAT = MistralSurfaces.MISTRAL_CHAT;

    /** The {@code cohere-chat-v2} surface. */
    public static final ProviderSurface<dev.usageschema.providers.cohere.ChatV2Usage,
            dev.usageschema.providers.cohere.ImmutableChatV2Usage> COHERE_CHAT_V2 = CohereSurfaces.COHERE_CHAT_V2;

    /** The {@code cohere-chat-v1} surface. */
    public static final ProviderSurface<dev.usageschema.providers.cohere.ChatV1Meta,
            dev.usageschema.providers.cohere.ImmutableChatV1Meta> COHERE_CHAT_V1 = CohereSurfaces.COHERE_CHAT_V1;

    /** The {@code deepseek-chat} surface. */
    public static final ProviderSurface<dev.usageschema.providers.deepseek.ChatUsage,
            dev.usageschema.providers.deepseek.ImmutableChatUsage> DEEPSEEK_CHAT = DeepSeekSurfaces.DEEPSEEK_CHAT;

    /** The {@code groq-chat} surface. */
    public static final ProviderSurface<dev.usageschema.providers.groq.ChatUsage,
            dev.usageschema.providers.groq.ImmutableChatUsage> GROQ_CHAT = GroqSurfaces.GROQ_CHAT;

    /** The {@code xai-chat} surface. */
    public static final ProviderSurface<dev.usageschema.providers.xai.ChatUsage,
            dev.usageschema.providers.xai.ImmutableChatUsage> XAI_CHAT = XaiSurfaces.XAI_CHAT;

    /** The {@code ollama-chat} surface. */
    public static final ProviderSurface<dev.usageschema.providers.ollama.Metrics,
            dev.usageschema.providers.ollama.ImmutableMetrics> OLLAMA_CHAT = OllamaSurfaces.OLLAMA_CHAT;

    /** The {@code vllm} surface. */
    public static final ProviderSurface<dev.usageschema.providers.vllm.UsageInfo,
            dev.usageschema.providers.vllm.ImmutableUsageInfo> VLLM = VllmSurfaces.VLLM;

    /** The {@code openrouter-chat} surface. */
    public static final ProviderSurface<dev.usageschema.providers.openrouter.ChatUsage,
            dev.usageschema.providers.openrouter.ImmutableChatUsage> OPENROUTER_CHAT = OpenRouterSurfaces.OPENROUTER_CHAT;

    /** The {@code together-chat} surface. */
    public static final ProviderSurface<dev.usageschema.providers.together.ChatUsage,
            dev.usageschema.providers.together.ImmutableChatUsage> TOGETHER_CHAT = TogetherSurfaces.TOGETHER_CHAT;

    /** The {@code fireworks-chat} surface. */
    public static final ProviderSurface<dev.usageschema.providers.fireworks.ChatUsage,
            dev.usageschema.providers.fireworks.ImmutableChatUsage> FIREWORKS_CHAT = FireworksSurfaces.FIREWORKS_CHAT;

    /** The {@code perplexity-chat} surface. */
    public static final ProviderSurface<dev.usageschema.providers.perplexity.ChatUsage,
            dev.usageschema.providers.perplexity.ImmutableChatUsage> PERPLEXITY_CHAT = PerplexitySurfaces.PERPLEXITY_CHAT;

    /** The {@code cerebras-chat} surface. */
    public static final ProviderSurface<dev.usageschema.providers.cerebras.ChatUsage,
            dev.usageschema.providers.cerebras.ImmutableChatUsage> CEREBRAS_CHAT = CerebrasSurfaces.CEREBRAS_CHAT;

    /** The {@code orq-deployment-stream} surface. */
    public static final ProviderSurface<dev.usageschema.providers.gateways.OrqDeploymentStreamUsage,
            dev.usageschema.providers.gateways.ImmutableOrqDeploymentStreamUsage> ORQ_DEPLOYMENT_STREAM = GatewaySurfaces.ORQ_DEPLOYMENT_STREAM;

    /** The {@code friendli-streamed-completions} surface. */
    public static final ProviderSurface<dev.usageschema.providers.gateways.FriendliStreamedCompletionsUsage,
            dev.usageschema.providers.gateways.ImmutableFriendliStreamedCompletionsUsage> FRIENDLI_STREAMED_COMPLETIONS = GatewaySurfaces.FRIENDLI_STREAMED_COMPLETIONS;

    /** The {@code orq-proxy-completions} surface. */
    public static final ProviderSurface<dev.usageschema.providers.gateways.OrqProxyCompletionsUsage,
            dev.usageschema.providers.gateways.ImmutableOrqProxyCompletionsUsage> ORQ_PROXY_COMPLETIONS = GatewaySurfaces.ORQ_PROXY_COMPLETIONS;

    /** The {@code opper} surface. */
    public static final ProviderSurface<dev.usageschema.providers.gateways.OpperUsage,
            dev.usageschema.providers.gateways.ImmutableOpperUsage> OPPER = GatewaySurfaces.OPPER;

    /** The {@code atoma} surface. */
    public static final ProviderSurface<dev.usageschema.providers.gateways.AtomaUsage,
            dev.usageschema.providers.gateways.ImmutableAtomaUsage> ATOMA = GatewaySurfaces.ATOMA;

    private static final Map<String, ProviderSurface<?, ?>> BY_ID = byId();

    private Providers() {
    }

    /** {@return every surface of the catalogue, in the order of README's table} */
    public static List<ProviderSurface<?, ?>> all() {
        return List.copyOf(BY_ID.values());
    }

    /** {@return every surface id, in the order of {@link #all()}} */
    public static List<String> ids() {
        return List.copyOf(BY_ID.keySet());
    }

    /**
     * {@return the surface with this id, empty when the catalogue has none}
     * @param id a surface id, such as {@code openai-chat}; ids are lower case and compared exactly
     * @throws NullPointerException when {@code id} is null
     */
    public static Optional<ProviderSurface<?, ?>> named(String id) {
        return Optional.ofNullable(BY_ID.get(Objects.requireNonNull(id, "id")));
    }

    private static Map<String, ProviderSurface<?, ?>> byId() {
        List<ProviderSurface<?, ?>> all = new ArrayList<>();
        all.addAll(OpenAiSurfaces.all());
        all.addAll(AnthropicSurfaces.all());
        all.addAll(GoogleSurfaces.all());
        all.addAll(BedrockSurfaces.all());
        all.addAll(MistralSurfaces.all());
        all.addAll(CohereSurfaces.all());
        all.addAll(DeepSeekSurfaces.all());
        all.addAll(GroqSurfaces.all());
        all.addAll(XaiSurfaces.all());
        all.addAll(OllamaSurfaces.all());
        all.addAll(VllmSurfaces.all());
        all.addAll(OpenRouterSurfaces.all());
        all.addAll(TogetherSurfaces.all());
        all.addAll(FireworksSurfaces.all());
        all.addAll(PerplexitySurfaces.all());
        all.addAll(CerebrasSurfaces.all());
        all.addAll(GatewaySurfaces.all());
        Map<String, ProviderSurface<?, ?>> byId = new LinkedHashMap<>();
        for (ProviderSurface<?, ?> surface : all) {
            if (byId.putIfAbsent(surface.id(), surface) != null) {
                throw new IllegalStateException("two surfaces have the id " + surface.id());
            }
        }
        return byId;
    }
}
