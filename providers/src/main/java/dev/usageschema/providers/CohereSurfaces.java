package dev.usageschema.providers;

import dev.usageschema.StreamStyle;
import dev.usageschema.json.EventFraming;
import dev.usageschema.json.EventSelector;
import dev.usageschema.providers.cohere.ChatV1Meta;
import dev.usageschema.providers.cohere.ChatV2Usage;
import dev.usageschema.providers.cohere.ImmutableChatV1Meta;
import dev.usageschema.providers.cohere.ImmutableChatV2Usage;
import java.util.List;

/** Cohere's surfaces. */
final class CohereSurfaces {

    static final ProviderSurface<ChatV2Usage, ImmutableChatV2Usage> COHERE_CHAT_V2 =
            ProviderSurface.builder("cohere-chat-v2", ImmutableChatV2Usage.jsonSchema(), ImmutableChatV2Usage.adder(), ImmutableChatV2Usage::toCanonical)
                    .provider("Cohere")
                    .surface("Chat v2, POST /v2/chat")
                    .response("/usage")
                    .stream(EventFraming.SERVER_SENT_EVENTS, StreamStyle.FINAL_ONLY,
                            "event: and data: lines ending with data: [DONE]",
                            StreamEvent.when(EventSelector.named("message-end"), "/delta/usage",
                                    "the last event; \"usage\": {} when the stream ends in error"))
                    .convention("no total; billed_units (what is charged, mapped) is at most tokens (what was processed, "
                            + "the prompt template included), count by count; cached tokens are a part of the processed "
                            + "input, not mapped")
                    .build();

    static final ProviderSurface<ChatV1Meta, ImmutableChatV1Meta> COHERE_CHAT_V1 =
            ProviderSurface.builder("cohere-chat-v1", ImmutableChatV1Meta.jsonSchema(), ImmutableChatV1Meta.adder(), ImmutableChatV1Meta::toCanonical)
                    .provider("Cohere")
                    .surface("legacy Chat v1, POST /v1/chat")
                    .response("/meta")
                    .stream(EventFraming.JSON_LINES, StreamStyle.FINAL_ONLY,
                            "one JSON event per line, no [DONE]",
                            StreamEvent.when(EventSelector.field("/event_type", "stream-end"), "/response/meta",
                                    "the last event, holding the whole response"))
                    .convention("as cohere-chat-v2, under meta: billed_units (mapped) at most tokens, count by count; "
                            + "search units, classifications and images are not tokens")
                    .build();

    private CohereSurfaces() {
    }

    static List<ProviderSurface<?, ?>> all() {
        return List.of(COHERE_CHAT_V2, COHERE_CHAT_V1);
    }
}
