package dev.usageschema.providers;

import dev.usageschema.StreamStyle;
import dev.usageschema.json.EventFraming;
import dev.usageschema.providers.openrouter.ChatUsage;
import dev.usageschema.providers.openrouter.ImmutableChatUsage;
import java.util.List;

/** OpenRouter's surface. */
final class OpenRouterSurfaces {

    static final ProviderSurface<ChatUsage, ImmutableChatUsage> OPENROUTER_CHAT =
            ProviderSurface.builder("openrouter-chat", ImmutableChatUsage.jsonSchema(), ImmutableChatUsage.adder(), ImmutableChatUsage::toCanonical)
                    .provider("OpenRouter")
                    .surface("Chat Completions, POST /api/v1/chat/completions, for every upstream")
                    .response("/usage")
                    .stream(EventFraming.SERVER_SENT_EVENTS, StreamStyle.FINAL_ONLY,
                            "data: lines ending with data: [DONE]; usage only with stream_options.include_usage; \": "
                              + "OPENROUTER PROCESSING\" comment lines between events",
                            StreamEvent.every("/usage",
                                    "the chunk after the finish chunk, or the finish or error chunk itself"))
                    .convention("total = prompt + completion; cache reads, cache writes, audio and video are parts of the "
                            + "prompt (Anthropic's counts converted), reasoning, image and audio parts of the "
                            + "completion; cost is the exact credits charged")
                    .warnings("cache reads + writes at most the prompt (Gemini via AI Studio reported the same tokens "
                            + "read and written, 1 of 62) and reasoning at most the completion (an errored stream, 1 of "
                            + "62)")
                    .build();

    private OpenRouterSurfaces() {
    }

    static List<ProviderSurface<?, ?>> all() {
        return List.of(OPENROUTER_CHAT);
    }
}
