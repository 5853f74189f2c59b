package dev.usageschema.providers;

import dev.usageschema.StreamStyle;
import dev.usageschema.json.EventFraming;
import dev.usageschema.providers.mistral.ChatUsage;
import dev.usageschema.providers.mistral.ImmutableChatUsage;
import java.util.List;

/** Mistral's surface. */
final class MistralSurfaces {

    static final ProviderSurface<ChatUsage, ImmutableChatUsage> MISTRAL_CHAT =
            ProviderSurface.builder("mistral-chat", ImmutableChatUsage.jsonSchema(), ImmutableChatUsage.adder(), ImmutableChatUsage::toCanonical)
                    .provider("Mistral")
                    .surface("Chat Completions, POST /v1/chat/completions")
                    .response("/usage")
                    .stream(EventFraming.SERVER_SENT_EVENTS, StreamStyle.FINAL_ONLY,
                            "data: lines ending with data: [DONE]; usage without asking",
                            StreamEvent.every("/usage",
                                    "the finish chunk; earlier chunks have no usage key"))
                    .convention("total = prompt + completion; cached tokens (prompt_tokens_details.cached_tokens, earlier "
                            + "num_cached_tokens, read but not mapped) and audio tokens are parts of the prompt, "
                            + "reasoning a part of the completion; prompt_audio_seconds is seconds")
                    .warnings("total = prompt + completion: Voxtral (audio) calls count audio tokens in the total that "
                            + "no field reports")
                    .build();

    private MistralSurfaces() {
    }

    static List<ProviderSurface<?, ?>> all() {
        return List.of(MISTRAL_CHAT);
    }
}
