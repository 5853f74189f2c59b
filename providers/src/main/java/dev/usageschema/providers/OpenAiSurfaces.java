package dev.usageschema.providers;

import dev.usageschema.StreamStyle;
import dev.usageschema.json.EventFraming;
import dev.usageschema.json.EventSelector;
import dev.usageschema.providers.openai.AzureChatUsage;
import dev.usageschema.providers.openai.ChatUsage;
import dev.usageschema.providers.openai.CompletionsUsage;
import dev.usageschema.providers.openai.EmbeddingsUsage;
import dev.usageschema.providers.openai.ImmutableAzureChatUsage;
import dev.usageschema.providers.openai.ImmutableChatUsage;
import dev.usageschema.providers.openai.ImmutableCompletionsUsage;
import dev.usageschema.providers.openai.ImmutableEmbeddingsUsage;
import dev.usageschema.providers.openai.ImmutableRealtimeUsage;
import dev.usageschema.providers.openai.ImmutableResponsesUsage;
import dev.usageschema.providers.openai.RealtimeUsage;
import dev.usageschema.providers.openai.ResponsesUsage;
import java.util.List;

/** OpenAI's surfaces, and Azure OpenAI's. */
final class OpenAiSurfaces {

    static final ProviderSurface<ChatUsage, ImmutableChatUsage> OPENAI_CHAT =
            ProviderSurface.builder("openai-chat", ImmutableChatUsage.jsonSchema(), ImmutableChatUsage.adder(), ImmutableChatUsage::toCanonical)
                    .provider("OpenAI")
                    .surface("Chat Completions, POST /v1/chat/completions")
                    .response("/usage")
                    .stream(EventFraming.SERVER_SENT_EVENTS, StreamStyle.FINAL_ONLY,
                            "data: lines ending with data: [DONE]; usage only with stream_options.include_usage",
                            StreamEvent.every("/usage",
                                    "the extra last chunk, \"choices\": []; earlier chunks carry \"usage\": "
                                    + "null; a moderation chunk may follow it"))
                    .convention("total = prompt + completion; cached, cache-write, audio, text and image tokens are parts "
                            + "of prompt_tokens (cached + cache-write at most it), reasoning, audio, text and both "
                            + "prediction counts parts of completion_tokens; nothing is added")
                    .build();

    static final ProviderSurface<ResponsesUsage, ImmutableResponsesUsage> OPENAI_RESPONSES =
            ProviderSurface.builder("openai-responses", ImmutableResponsesUsage.jsonSchema(), ImmutableResponsesUsage.adder(), ImmutableResponsesUsage::toCanonical)
                    .provider("OpenAI")
                    .surface("Responses, POST /v1/responses and GET /v1/responses/{id}")
                    .response("/usage")
                    .stream(EventFraming.SERVER_SENT_EVENTS, StreamStyle.FINAL_ONLY,
                            "event: and data: lines, no [DONE]",
                            StreamEvent.when(EventSelector.field("/type", "response.completed"), "/response/usage",
                                    "the terminal event"),
                            StreamEvent.when(EventSelector.field("/type", "response.incomplete"), "/response/usage",
                                    "a terminal event"),
                            StreamEvent.when(EventSelector.field("/type", "response.failed"), "/response/usage",
                                    "a terminal event; response.created, .in_progress and .queued carry "
                                    + "\"usage\": null"))
                    .convention("total = input + output; cached and cache-write tokens are parts of input_tokens "
                            + "(together at most it), reasoning a part of output_tokens; \"usage\": null while queued or "
                            + "in progress")
                    .build();

    static final ProviderSurface<CompletionsUsage, ImmutableCompletionsUsage> OPENAI_COMPLETIONS =
            ProviderSurface.builder("openai-completions", ImmutableCompletionsUsage.jsonSchema(), ImmutableCompletionsUsage.adder(), ImmutableCompletionsUsage::toCanonical)
                    .provider("OpenAI")
                    .surface("legacy Completions, POST /v1/completions")
                    .response("/usage")
                    .stream(EventFraming.SERVER_SENT_EVENTS, StreamStyle.FINAL_ONLY,
                            "data: lines ending with data: [DONE]; usage only with stream_options.include_usage",
                            StreamEvent.every("/usage",
                                    "the extra last chunk, \"choices\": []; earlier chunks carry \"usage\": "
                                    + "null"))
                    .convention("total = prompt + completion, the completion over every choice; details, when sent, are "
                            + "parts as in openai-chat")
                    .build();

    static final ProviderSurface<EmbeddingsUsage, ImmutableEmbeddingsUsage> OPENAI_EMBEDDINGS =
            ProviderSurface.builder("openai-embeddings", ImmutableEmbeddingsUsage.jsonSchema(), ImmutableEmbeddingsUsage.adder(), ImmutableEmbeddingsUsage::toCanonical)
                    .provider("OpenAI")
                    .surface("Embeddings, POST /v1/embeddings")
                    .response("/usage")
                    .convention("no output: total = prompt")
                    .build();

    static final ProviderSurface<RealtimeUsage, ImmutableRealtimeUsage> OPENAI_REALTIME =
            ProviderSurface.builder("openai-realtime", ImmutableRealtimeUsage.jsonSchema(), ImmutableRealtimeUsage.adder(), ImmutableRealtimeUsage::toCanonical)
                    .provider("OpenAI")
                    .surface("Realtime API over WebSocket, the response.done server event")
                    .response("/response/usage")
                    .stream(EventFraming.JSON_LINES, StreamStyle.FINAL_ONLY,
                            "one JSON server event per WebSocket text frame, read as JSON lines",
                            StreamEvent.when(EventSelector.field("/type", "response.done"), "/response/usage",
                                    "once per response; response.created carries \"usage\": null"))
                    .convention("per response of a session: total = input + output; input = its text + audio + image "
                            + "tokens, cached tokens among them (cached = its own text + audio + image, each within the "
                            + "input's); output = text + audio, reasoning inside the text; a session's usage is the sum "
                            + "of its response.done events")
                    .build();

    static final ProviderSurface<AzureChatUsage, ImmutableAzureChatUsage> AZURE_OPENAI_CHAT =
            ProviderSurface.builder("azure-openai-chat", ImmutableAzureChatUsage.jsonSchema(), ImmutableAzureChatUsage.adder(), ImmutableAzureChatUsage::toCanonical)
                    .provider("Microsoft Azure OpenAI")
                    .surface("Chat Completions, POST /openai/deployments/{deployment}/chat/completions and "
                            + "/openai/v1/chat/completions")
                    .response("/usage")
                    .stream(EventFraming.SERVER_SENT_EVENTS, StreamStyle.FINAL_ONLY,
                            "data: lines ending with data: [DONE]; usage only with stream_options.include_usage; the "
                              + "first chunk is an envelope of prompt_filter_results",
                            StreamEvent.every("/usage",
                                    "the last chunk, \"choices\": []; earlier chunks carry \"usage\": null"))
                    .convention("as openai-chat; hosted non-OpenAI models send flat audio_prompt_tokens and "
                            + "reasoning_tokens, parts of prompt and completion, not mapped")
                    .warnings("cached (and cache reads plus writes) at most the prompt: Azure-hosted grok models "
                            + "reported cached above the prompt in 32 recorded objects")
                    .build();

    private OpenAiSurfaces() {
    }

    static List<ProviderSurface<?, ?>> all() {
        return List.of(OPENAI_CHAT, OPENAI_RESPONSES, OPENAI_COMPLETIONS, OPENAI_EMBEDDINGS, OPENAI_REALTIME, AZURE_OPENAI_CHAT);
    }
}
