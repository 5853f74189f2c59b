package dev.usageschema.providers;

import dev.usageschema.StreamStyle;
import dev.usageschema.providers.openai.ImmutableAzureChatUsage;
import dev.usageschema.providers.openai.ImmutableChatUsage;
import dev.usageschema.providers.openai.ImmutableCompletionsUsage;
import dev.usageschema.providers.openai.ImmutableEmbeddingsUsage;
import dev.usageschema.providers.openai.ImmutableRealtimeUsage;
import dev.usageschema.providers.openai.ImmutableResponsesUsage;
import java.util.List;

/** OpenAI's surfaces, and Azure OpenAI's. */
final class OpenAiSurfaces {

    /** How OpenAI-style chat streams end, and when they carry usage at all. */
    static final String CHAT_SSE = "SSE data: lines, ending with data: [DONE]; usage only with stream_options.include_usage";

    private OpenAiSurfaces() {
    }

    static List<ProviderSurface<?, ?>> all() {
        return List.of(
                ProviderSurface.builder("openai-chat", ImmutableChatUsage.jsonSchema(), ImmutableChatUsage.adder(),
                                ImmutableChatUsage::toCanonical)
                        .provider("OpenAI")
                        .surface("Chat Completions, POST /v1/chat/completions")
                        .response("/usage")
                        .stream(CHAT_SSE, StreamStyle.FINAL_ONLY,
                                new StreamEvent("the extra chunk with \"choices\": [] (earlier chunks carry \"usage\": null)", "/usage"))
                        .convention("total = prompt + completion; cached, cache-write, audio, text and image tokens are"
                                + " parts of prompt_tokens, reasoning, audio, text and both prediction counts parts of"
                                + " completion_tokens; nothing is added")
                        .build(),
                ProviderSurface.builder("openai-responses", ImmutableResponsesUsage.jsonSchema(), ImmutableResponsesUsage.adder(),
                                ImmutableResponsesUsage::toCanonical)
                        .provider("OpenAI")
                        .surface("Responses, POST /v1/responses (and GET /v1/responses/{id})")
                        .response("/usage")
                        .stream("SSE event: and data: lines, no [DONE]", StreamStyle.FINAL_ONLY,
                                new StreamEvent("response.completed (also response.incomplete, response.failed)", "/response/usage"))
                        .convention("total = input + output; cached and cache-write tokens are parts of input_tokens,"
                                + " reasoning a part of output_tokens; \"usage\": null while queued or in progress")
                        .build(),
                ProviderSurface.builder("openai-completions", ImmutableCompletionsUsage.jsonSchema(), ImmutableCompletionsUsage.adder(),
                                ImmutableCompletionsUsage::toCanonical)
                        .provider("OpenAI")
                        .surface("legacy Completions, POST /v1/completions")
                        .response("/usage")
                        .stream(CHAT_SSE, StreamStyle.FINAL_ONLY,
                                new StreamEvent("the extra chunk with \"choices\": [] (earlier chunks carry \"usage\": null)", "/usage"))
                        .convention("total = prompt + completion, the completion over every choice; details, when sent,"
                                + " are parts as in openai-chat")
                        .build(),
                ProviderSurface.builder("openai-embeddings", ImmutableEmbeddingsUsage.jsonSchema(), ImmutableEmbeddingsUsage.adder(),
                                ImmutableEmbeddingsUsage::toCanonical)
                        .provider("OpenAI")
                        .surface("Embeddings, POST /v1/embeddings")
                        .response("/usage")
                        .convention("no output: total = prompt")
                        .build(),
                ProviderSurface.builder("openai-realtime", ImmutableRealtimeUsage.jsonSchema(), ImmutableRealtimeUsage.adder(),
                                ImmutableRealtimeUsage::toCanonical)
                        .provider("OpenAI")
                        .surface("Realtime API (WebSocket), the response.done server event")
                        .response("/response/usage")
                        .stream("one JSON server event per WebSocket text frame", StreamStyle.FINAL_ONLY,
                                new StreamEvent("response.done (response.created carries \"usage\": null)", "/response/usage"))
                        .convention("per response of a session: total = input + output; input = its text + audio +"
                                + " image tokens, cached tokens among them (cached = its own text + audio + image, each"
                                + " within the input's); output = text + audio, reasoning inside it; a session's usage"
                                + " is the sum of its response.done events")
                        .build(),
                ProviderSurface.builder("azure-openai-chat", ImmutableAzureChatUsage.jsonSchema(), ImmutableAzureChatUsage.adder(),
                                ImmutableAzureChatUsage::toCanonical)
                        .provider("Microsoft Azure OpenAI")
                        .surface("Chat Completions, POST {resource}.openai.azure.com/openai/deployments/{d}/chat/completions and /openai/v1/chat/completions")
                        .response("/usage")
                        .stream(CHAT_SSE + "; the first chunk is an envelope of prompt_filter_results",
                                StreamStyle.FINAL_ONLY,
                                new StreamEvent("the last chunk, \"choices\": [] (earlier chunks carry \"usage\": null)", "/usage"))
                        .convention("as openai-chat; hosted non-OpenAI models send flat audio_prompt_tokens and"
                                + " reasoning_tokens, parts of prompt and completion")
                        .warnings("cached (and cache reads plus writes) at most the prompt: Azure-hosted grok models"
                                + " reported cached above the prompt in 32 recorded objects")
                        .build());
    }
}
