package dev.usageschema.providers;

import dev.usageschema.StreamStyle;
import dev.usageschema.json.EventFraming;
import dev.usageschema.providers.google.GeminiUsageMetadata;
import dev.usageschema.providers.google.ImmutableGeminiUsageMetadata;
import java.util.List;

/** Google's surface. */
final class GoogleSurfaces {

    static final ProviderSurface<GeminiUsageMetadata, ImmutableGeminiUsageMetadata> GEMINI =
            ProviderSurface.builder("gemini", ImmutableGeminiUsageMetadata.jsonSchema(), ImmutableGeminiUsageMetadata.adder(), ImmutableGeminiUsageMetadata::toCanonical)
                    .provider("Google")
                    .surface("Gemini generateContent and streamGenerateContent, Gemini API and Vertex AI")
                    .response("/usageMetadata")
                    .stream(EventFraming.SERVER_SENT_EVENTS, StreamStyle.CUMULATIVE,
                            "data: lines (?alt=sse), no [DONE]",
                            StreamEvent.every("/usageMetadata",
                                    "every chunk, the one with finishReason final; Vertex's interim chunks "
                                    + "carry only trafficType"))
                    .countsMayDecrease()
                    .convention("total = prompt + candidates + thoughts + tool-use prompt; cached content is a part of "
                            + "the prompt; thoughts (reasoning) are beside the candidates and added, tool-use prompt "
                            + "tokens beside the prompt and added; each per-modality list is at most its count; every "
                            + "count optional (proto3 leaves zeros out); Vertex's enums read by name or number")
                    .warnings("none in the schema; in a stream, counts going down are a warning (newStream()): they go "
                            + "down while server-side tools run (21 recorded streams)")
                    .build();

    private GoogleSurfaces() {
    }

    static List<ProviderSurface<?, ?>> all() {
        return List.of(GEMINI);
    }
}
