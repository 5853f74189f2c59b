package dev.usageschema.providers;

import dev.usageschema.StreamStyle;
import dev.usageschema.providers.bedrock.ImmutableConverseTokenUsage;
import java.util.List;

/** Amazon Bedrock's surface. */
final class BedrockSurfaces {

    private BedrockSurfaces() {
    }

    static List<ProviderSurface<?, ?>> all() {
        return List.of(
                ProviderSurface.builder("bedrock-converse", ImmutableConverseTokenUsage.jsonSchema(), ImmutableConverseTokenUsage.adder(),
                                ImmutableConverseTokenUsage::toCanonical)
                        .provider("Amazon Bedrock")
                        .surface("Converse and ConverseStream, POST /model/{modelId}/converse and /converse-stream")
                        .response("/usage")
                        .stream("AWS event stream (binary frames), one JSON payload per event; SDKs give {\"<eventType>\": payload}", StreamStyle.FINAL_ONLY,
                                new StreamEvent("metadata (after messageStop)", "/metadata/usage"))
                        .convention("inputTokens is the uncached input; total = input + output + cache reads + cache writes, "
                                + "both beside the input and added; the cache details add up to the cache writes; the "
                                + "undocumented ...TokenCount names repeat the cache counts and must equal them")
                        .build());
    }
}
