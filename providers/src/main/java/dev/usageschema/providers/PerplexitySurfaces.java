package dev.usageschema.providers;

import dev.usageschema.StreamStyle;
import dev.usageschema.json.EventFraming;
import dev.usageschema.providers.perplexity.ChatUsage;
import dev.usageschema.providers.perplexity.ImmutableChatUsage;
import java.util.List;

/** Perplexity's surface. */
final class PerplexitySurfaces {

    static final ProviderSurface<ChatUsage, ImmutableChatUsage> PERPLEXITY_CHAT =
            ProviderSurface.builder("perplexity-chat", ImmutableChatUsage.jsonSchema(), ImmutableChatUsage.adder(), ImmutableChatUsage::toCanonical)
                    .provider("Perplexity")
                    .surface("Sonar Chat Completions, POST /chat/completions")
                    .response("/usage")
                    .stream(EventFraming.SERVER_SENT_EVENTS, StreamStyle.CUMULATIVE,
                            "data: lines; whether [DONE] ends them is not established",
                            StreamEvent.every("/usage",
                                    "every chunk, the usage so far; the last has \"object\": "
                                    + "\"chat.completion.done\""))
                    .convention("total = prompt + completion; deep research's citation and reasoning tokens are beside "
                            + "the total and not in it, not mapped; cost.total_cost (USD, 5 decimals) is the canonical "
                            + "cost, num_search_queries its web-search requests")
                    .build();

    private PerplexitySurfaces() {
    }

    static List<ProviderSurface<?, ?>> all() {
        return List.of(PERPLEXITY_CHAT);
    }
}
