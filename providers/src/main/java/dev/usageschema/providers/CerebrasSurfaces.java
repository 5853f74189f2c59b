package dev.usageschema.providers;

import dev.usageschema.StreamStyle;
import dev.usageschema.providers.cerebras.ImmutableChatUsage;
import java.util.List;

/** Cerebras' surface. */
final class CerebrasSurfaces {

    private CerebrasSurfaces() {
    }

    static List<ProviderSurface<?, ?>> all() {
        return List.of(
                ProviderSurface.builder("cerebras-chat", ImmutableChatUsage.jsonSchema(), ImmutableChatUsage.adder(),
                                ImmutableChatUsage::toCanonical)
                        .provider("Cerebras")
                        .surface("Chat Completions, POST /v1/chat/completions")
                        .response("/usage")
                        .stream("SSE data: lines, ending with data: [DONE]", StreamStyle.FINAL_ONLY,
                                new StreamEvent("the finish chunk (no usage key before it)", "/usage"))
                        .convention("total = prompt + completion; cached tokens are a part of the prompt, reasoning and "
                                + "predictions parts of the completion; timings in the sibling time_info")
                        .build());
    }
}
