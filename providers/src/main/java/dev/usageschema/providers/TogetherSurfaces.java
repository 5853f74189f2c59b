package dev.usageschema.providers;

import dev.usageschema.StreamStyle;
import dev.usageschema.json.EventFraming;
import dev.usageschema.providers.together.ChatUsage;
import dev.usageschema.providers.together.ImmutableChatUsage;
import java.util.List;

/** Together AI's surface. */
final class TogetherSurfaces {

    static final ProviderSurface<ChatUsage, ImmutableChatUsage> TOGETHER_CHAT =
            ProviderSurface.builder("together-chat", ImmutableChatUsage.jsonSchema(), ImmutableChatUsage.adder(), ImmutableChatUsage::toCanonical)
                    .provider("Together AI")
                    .surface("Chat Completions, POST /v1/chat/completions")
                    .response("/usage")
                    .stream(EventFraming.SERVER_SENT_EVENTS, StreamStyle.FINAL_ONLY,
                            "data: lines ending with data: [DONE]; usage without asking",
                            StreamEvent.every("/usage",
                                    "the finish chunk; earlier chunks carry \"usage\": null"))
                    .convention("total = prompt + completion; the top-level cached_tokens is taken as a part of the "
                            + "prompt")
                    .warnings("cached at most the prompt: every recording had 0, so whether it is inside the prompt is "
                            + "not established")
                    .build();

    private TogetherSurfaces() {
    }

    static List<ProviderSurface<?, ?>> all() {
        return List.of(TOGETHER_CHAT);
    }
}
