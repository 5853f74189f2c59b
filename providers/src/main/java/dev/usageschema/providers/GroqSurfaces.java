package dev.usageschema.providers;

import dev.usageschema.StreamStyle;
import dev.usageschema.providers.groq.ImmutableChatUsage;
import java.util.List;

/** Groq's surface. */
final class GroqSurfaces {

    private GroqSurfaces() {
    }

    static List<ProviderSurface<?, ?>> all() {
        return List.of(
                ProviderSurface.builder("groq-chat", ImmutableChatUsage.jsonSchema(), ImmutableChatUsage.adder(),
                                ImmutableChatUsage::toCanonical)
                        .provider("Groq")
                        .surface("Chat Completions, POST /openai/v1/chat/completions")
                        .response("/usage")
                        .stream("SSE data: lines, ending with data: [DONE]", StreamStyle.FINAL_ONLY,
                                new StreamEvent("the finish chunk (no usage key before it)", "/x_groq/usage"),
                                new StreamEvent("the same chunk, since 2026 (the same usage again: read one)", "/usage"))
                        .convention("total = prompt + completion; cached tokens are a part of the prompt, reasoning a part of "
                                + "the completion; the timings are seconds; a compound call's usage_breakdown (outside usage) "
                                + "adds up to it")
                        .build());
    }
}
