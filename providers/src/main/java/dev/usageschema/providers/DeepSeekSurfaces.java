package dev.usageschema.providers;

import dev.usageschema.StreamStyle;
import dev.usageschema.json.EventFraming;
import dev.usageschema.providers.deepseek.ChatUsage;
import dev.usageschema.providers.deepseek.ImmutableChatUsage;
import java.util.List;

/** DeepSeek's surface. */
final class DeepSeekSurfaces {

    static final ProviderSurface<ChatUsage, ImmutableChatUsage> DEEPSEEK_CHAT =
            ProviderSurface.builder("deepseek-chat", ImmutableChatUsage.jsonSchema(), ImmutableChatUsage.adder(), ImmutableChatUsage::toCanonical)
                    .provider("DeepSeek")
                    .surface("Chat Completions, POST /chat/completions")
                    .response("/usage")
                    .stream(EventFraming.SERVER_SENT_EVENTS, StreamStyle.FINAL_ONLY,
                            "data: lines ending with data: [DONE]; usage only with stream_options.include_usage",
                            StreamEvent.every("/usage",
                                    "the finish chunk; earlier chunks carry \"usage\": null"))
                    .convention("total = prompt + completion; prompt = cache hits + cache misses exactly; "
                            + "prompt_tokens_details.cached_tokens repeats the hits and must equal them; reasoning is a "
                            + "part of the completion")
                    .build();

    private DeepSeekSurfaces() {
    }

    static List<ProviderSurface<?, ?>> all() {
        return List.of(DEEPSEEK_CHAT);
    }
}
