package dev.usageschema.providers;

import dev.usageschema.StreamStyle;
import dev.usageschema.providers.ollama.ImmutableMetrics;
import java.util.List;

/** Ollama's surface. */
final class OllamaSurfaces {

    private OllamaSurfaces() {
    }

    static List<ProviderSurface<?, ?>> all() {
        return List.of(
                ProviderSurface.builder("ollama-chat", ImmutableMetrics.jsonSchema(), ImmutableMetrics.adder(),
                                ImmutableMetrics::toCanonical)
                        .provider("Ollama")
                        .surface("native API, POST /api/chat and /api/generate")
                        .response("")
                        .stream("JSON lines, one object per line, no [DONE]", StreamStyle.FINAL_ONLY,
                                new StreamEvent("the object with \"done\": true", ""))
                        .convention("no total; prompt_eval_count and eval_count at the root beside the message, thinking inside "
                                + "eval_count; an absent prompt_eval_count (2024 servers, KV-cache hits) is unknown; "
                                + "durations are nanoseconds, the total at least its three parts")
                        .build());
    }
}
