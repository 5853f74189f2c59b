package dev.usageschema.providers;

import dev.usageschema.StreamStyle;
import dev.usageschema.json.EventFraming;
import dev.usageschema.json.EventSelector;
import dev.usageschema.json.UsageSite;
import dev.usageschema.providers.groq.ChatUsage;
import dev.usageschema.providers.groq.ImmutableChatUsage;
import java.util.List;

/** Groq's surface. */
final class GroqSurfaces {

    static final ProviderSurface<ChatUsage, ImmutableChatUsage> GROQ_CHAT =
            ProviderSurface.builder("groq-chat", ImmutableChatUsage.jsonSchema(), ImmutableChatUsage.adder(), ImmutableChatUsage::toCanonical)
                    .provider("Groq")
                    .surface("Chat Completions, POST /openai/v1/chat/completions")
                    .response("/usage")
                    .stream(EventFraming.SERVER_SENT_EVENTS, StreamStyle.FINAL_ONLY,
                            "data: lines ending with data: [DONE]; usage without asking",
                            new StreamEvent(EventSelector.every(), UsageSite.at("/x_groq/usage", "/usage"),
                                    "the finish chunk: at /x_groq/usage, and since 2026 the same again at "
                                    + "/usage, which is not read twice"))
                    .convention("total = prompt + completion; cached tokens are a part of the prompt, reasoning a part of "
                            + "the completion; the timings are seconds; a compound call's usage_breakdown (beside "
                            + "usage) adds up to it")
                    .build();

    private GroqSurfaces() {
    }

    static List<ProviderSurface<?, ?>> all() {
        return List.of(GROQ_CHAT);
    }
}
