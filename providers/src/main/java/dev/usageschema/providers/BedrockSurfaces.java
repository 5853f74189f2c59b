package dev.usageschema.providers;

import dev.usageschema.StreamStyle;
import dev.usageschema.json.EventFraming;
import dev.usageschema.providers.bedrock.ConverseTokenUsage;
import dev.usageschema.providers.bedrock.ImmutableConverseTokenUsage;
import java.util.List;

/** Amazon Bedrock's surface. */
final class BedrockSurfaces {

    static final ProviderSurface<ConverseTokenUsage, ImmutableConverseTokenUsage> BEDROCK_CONVERSE =
            ProviderSurface.builder("bedrock-converse", ImmutableConverseTokenUsage.jsonSchema(), ImmutableConverseTokenUsage.adder(), ImmutableConverseTokenUsage::toCanonical)
                    .provider("Amazon Bedrock")
                    .surface("Converse and ConverseStream, POST /model/{modelId}/converse and /converse-stream")
                    .response("/usage")
                    .stream(EventFraming.JSON_LINES, StreamStyle.FINAL_ONLY,
                            "AWS event stream, binary frames of one JSON payload each; SDKs give each event as "
                              + "{\"<eventType>\": payload}, read here as JSON lines",
                            StreamEvent.every("/metadata/usage",
                                    "the metadata event, after messageStop"))
                    .convention("inputTokens is the uncached input; total = input + output + cache reads + cache writes, "
                            + "both beside the input and added; the cache details add up to the cache writes; the "
                            + "undocumented ...TokenCount names repeat the cache counts and must equal them")
                    .build();

    private BedrockSurfaces() {
    }

    static List<ProviderSurface<?, ?>> all() {
        return List.of(BEDROCK_CONVERSE);
    }
}
