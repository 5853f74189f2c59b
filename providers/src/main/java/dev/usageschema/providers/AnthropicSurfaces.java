package dev.usageschema.providers;

import dev.usageschema.StreamStyle;
import dev.usageschema.providers.anthropic.ImmutableMessagesUsage;
import java.util.List;

/** Anthropic's surface. */
final class AnthropicSurfaces {

    private AnthropicSurfaces() {
    }

    static List<ProviderSurface<?, ?>> all() {
        return List.of(
                ProviderSurface.builder("anthropic-messages", ImmutableMessagesUsage.jsonSchema(), ImmutableMessagesUsage.adder(),
                                ImmutableMessagesUsage::toCanonical)
                        .provider("Anthropic")
                        .surface("Messages, POST /v1/messages (the same usage from Claude on Bedrock InvokeModel and Vertex "
                                + "rawPredict)")
                        .response("/usage")
                        .stream("SSE event: and data: lines, no [DONE]", StreamStyle.CUMULATIVE,
                                new StreamEvent("message_start", "/message/usage"),
                                new StreamEvent("message_delta (running totals; the last one is final)", "/usage"))
                        .convention("input_tokens is the uncached input; cache reads and cache writes (its 5m/1h split a part "
                                + "of them) are beside it and added; no total on the wire (the schema derives input + output "
                                + "+ both cache counts); thinking is a part of output_tokens; web-search requests are counted "
                                + "apart")
                        .warnings("cache_creation_input_tokens = its 5m + 1h split: it failed in 6 recorded web-search runs")
                        .build());
    }
}
