package dev.usageschema.providers;

import dev.usageschema.StreamStyle;
import dev.usageschema.json.EventFraming;
import dev.usageschema.providers.fireworks.ChatUsage;
import dev.usageschema.providers.fireworks.ImmutableChatUsage;
import java.util.List;

/** Fireworks AI's surface. */
final class FireworksSurfaces {

    static final ProviderSurface<ChatUsage, ImmutableChatUsage> FIREWORKS_CHAT =
            ProviderSurface.builder("fireworks-chat", ImmutableChatUsage.jsonSchema(), ImmutableChatUsage.adder(), ImmutableChatUsage::toCanonical)
                    .provider("Fireworks AI")
                    .surface("Chat Completions, POST /inference/v1/chat/completions")
                    .response("/usage")
                    .stream(EventFraming.SERVER_SENT_EVENTS, StreamStyle.CUMULATIVE,
                            "data: lines ending with data: [DONE]; usage without asking",
                            StreamEvent.every("/usage",
                                    "each choice's finish chunk, the usage so far; earlier chunks carry "
                                    + "\"usage\": null"))
                    .convention("total = prompt + completion; reasoning is inside the completion; cache counts come in "
                            + "response headers only")
                    .build();

    private FireworksSurfaces() {
    }

    static List<ProviderSurface<?, ?>> all() {
        return List.of(FIREWORKS_CHAT);
    }
}
