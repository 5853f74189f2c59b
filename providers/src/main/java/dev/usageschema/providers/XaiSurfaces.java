package dev.usageschema.providers;

import dev.usageschema.StreamStyle;
import dev.usageschema.json.EventFraming;
import dev.usageschema.providers.xai.ChatUsage;
import dev.usageschema.providers.xai.ImmutableChatUsage;
import java.util.List;

/** xAI's surface. */
final class XaiSurfaces {

    static final ProviderSurface<ChatUsage, ImmutableChatUsage> XAI_CHAT =
            ProviderSurface.builder("xai-chat", ImmutableChatUsage.jsonSchema(), ImmutableChatUsage.adder(), ImmutableChatUsage::toCanonical)
                    .provider("xAI")
                    .surface("Chat Completions, POST /v1/chat/completions")
                    .response("/usage")
                    .stream(EventFraming.SERVER_SENT_EVENTS, StreamStyle.FINAL_ONLY,
                            "data: lines ending with data: [DONE]; usage only with stream_options.include_usage",
                            StreamEvent.every("/usage",
                                    "the extra last chunk, \"choices\": []; no usage key before it"))
                    .convention("total = prompt + completion + reasoning: reasoning, though in completion_tokens_details, "
                            + "is beside the completion and added; prompt = its text + image + audio tokens, cached "
                            + "among them; cost_in_usd_ticks is the exact cost in 10^-10 USD")
                    .warnings("cached at most the prompt: some models report a prompt without its cache, and "
                            + "Azure-hosted grok reported cached above the prompt in 32 recorded objects")
                    .build();

    private XaiSurfaces() {
    }

    static List<ProviderSurface<?, ?>> all() {
        return List.of(XAI_CHAT);
    }
}
