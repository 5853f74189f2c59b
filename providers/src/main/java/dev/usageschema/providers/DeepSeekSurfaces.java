package dev.usageschema.providers;

import dev.usageschema.StreamStyle;
import dev.usageschema.providers.deepseek.ImmutableChatUsage;
import java.util.List;

/** DeepSeek's surface. */
final class DeepSeekSurfaces {

    private DeepSeekSurfaces() {
    }

    static List<ProviderSurface<?, ?>> all() {
        return List.of(
                ProviderSurface.builder("deepseek-chat", ImmutableChatUsage.jsonSchema(), ImmutableChatUsage.adder(),
                                ImmutableChatUsage::toCanonical)
                        .provider("DeepSeek")
                        .surface("Chat Completions, POST /chat/completions")
                        .response("/usage")
                        .stream("SSE data: lines, ending with data: [DONE]", StreamStyle.FINAL_ONLY,
                                new StreamEvent("the finish chunk (earlier chunks carry \"usage\": null)", "/usage"))
                        .convention("total = prompt + completion; prompt = cache hits + cache misses exactly; "
                                + "prompt_tokens_details.cached_tokens repeats the hits and must equal them; reasoning is a "
                                + "part of the completion")
                        .build());
    }
}
