package dev.usageschema.providers;

import dev.usageschema.StreamStyle;
import dev.usageschema.json.EventFraming;
import dev.usageschema.json.EventSelector;
import dev.usageschema.providers.anthropic.ImmutableMessagesUsage;
import dev.usageschema.providers.anthropic.MessagesUsage;
import java.util.List;

/** Anthropic's surface. */
final class AnthropicSurfaces {

    static final ProviderSurface<MessagesUsage, ImmutableMessagesUsage> ANTHROPIC_MESSAGES =
            ProviderSurface.builder("anthropic-messages", ImmutableMessagesUsage.jsonSchema(), ImmutableMessagesUsage.adder(), ImmutableMessagesUsage::toCanonical)
                    .provider("Anthropic")
                    .surface("Messages, POST /v1/messages (the same usage from Claude on Bedrock InvokeModel and "
                            + "Vertex rawPredict)")
                    .response("/usage")
                    .stream(EventFraming.SERVER_SENT_EVENTS, StreamStyle.CUMULATIVE,
                            "event: and data: lines, no [DONE]",
                            StreamEvent.when(EventSelector.field("/type", "message_start"), "/message/usage",
                                    "the input and cache counts, a placeholder output"),
                            StreamEvent.when(EventSelector.field("/type", "message_delta"), "/usage",
                                    "running totals: the last is final, counts it leaves out or sends as "
                                    + "null kept from the start"))
                    .convention("input_tokens is the uncached input; cache reads and cache writes (their 5m/1h split a "
                            + "part of them) are beside it and added; no total on the wire (the schema derives input + "
                            + "output + both cache counts); thinking is a part of output_tokens; web-search requests "
                            + "counted apart")
                    .warnings("cache_creation_input_tokens = its 5m + 1h split: it failed in 6 recorded web-search runs")
                    .build();

    private AnthropicSurfaces() {
    }

    static List<ProviderSurface<?, ?>> all() {
        return List.of(ANTHROPIC_MESSAGES);
    }
}
