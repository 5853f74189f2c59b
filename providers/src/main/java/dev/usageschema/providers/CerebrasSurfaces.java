package dev.usageschema.providers;

import dev.usageschema.StreamStyle;
import dev.usageschema.json.EventFraming;
import dev.usageschema.providers.cerebras.ChatUsage;
import dev.usageschema.providers.cerebras.ImmutableChatUsage;
import java.util.List;

/** Cerebras' surface. */
final class CerebrasSurfaces {

    static final ProviderSurface<ChatUsage, ImmutableChatUsage> CEREBRAS_CHAT =
            ProviderSurface.builder("cerebras-chat", ImmutableChatUsage.jsonSchema(), ImmutableChatUsage.adder(), ImmutableChatUsage::toCanonical)
                    .provider("Cerebras")
                    .surface("Chat Completions, POST /v1/chat/completions")
                    .response("/usage")
                    .stream(EventFraming.SERVER_SENT_EVENTS, StreamStyle.FINAL_ONLY,
                            "data: lines ending with data: [DONE]; usage without asking",
                            StreamEvent.every("/usage",
                                    "the finish chunk; no usage key before it"))
                    .convention("total = prompt + completion; cached tokens are a part of the prompt, reasoning and "
                            + "predictions parts of the completion; timings in the sibling time_info")
                    .build();

    private CerebrasSurfaces() {
    }

    static List<ProviderSurface<?, ?>> all() {
        return List.of(CEREBRAS_CHAT);
    }
}
