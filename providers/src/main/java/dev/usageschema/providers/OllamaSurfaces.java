package dev.usageschema.providers;

import dev.usageschema.StreamStyle;
import dev.usageschema.json.EventFraming;
import dev.usageschema.json.EventSelector;
import dev.usageschema.json.UsageSite;
import dev.usageschema.providers.ollama.ImmutableMetrics;
import dev.usageschema.providers.ollama.Metrics;
import java.util.List;

/** Ollama's surface. */
final class OllamaSurfaces {

    static final ProviderSurface<Metrics, ImmutableMetrics> OLLAMA_CHAT =
            ProviderSurface.builder("ollama-chat", ImmutableMetrics.jsonSchema(), ImmutableMetrics.adder(), ImmutableMetrics::toCanonical)
                    .provider("Ollama")
                    .surface("native API, POST /api/chat and /api/generate")
                    .response(UsageSite.amongFieldsOf(""))
                    .stream(EventFraming.JSON_LINES, StreamStyle.FINAL_ONLY,
                            "one JSON object per line, no [DONE]",
                            new StreamEvent(EventSelector.field("/done", true), UsageSite.amongFieldsOf(""),
                                    "the last object, \"done\": true; its counts and durations beside its "
                                    + "message"))
                    .convention("no total; prompt_eval_count and eval_count at the root beside the message, thinking "
                            + "inside eval_count; an absent prompt_eval_count (2024 servers, KV-cache hits) is unknown; "
                            + "durations are nanoseconds, the total at least its three parts")
                    .build();

    private OllamaSurfaces() {
    }

    static List<ProviderSurface<?, ?>> all() {
        return List.of(OLLAMA_CHAT);
    }
}
