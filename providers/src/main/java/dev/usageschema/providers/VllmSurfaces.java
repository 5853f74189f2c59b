package dev.usageschema.providers;

import dev.usageschema.StreamStyle;
import dev.usageschema.providers.vllm.ImmutableUsageInfo;
import java.util.List;

/** vLLM's surface. */
final class VllmSurfaces {

    private VllmSurfaces() {
    }

    static List<ProviderSurface<?, ?>> all() {
        return List.of(
                ProviderSurface.builder("vllm", ImmutableUsageInfo.jsonSchema(), ImmutableUsageInfo.adder(),
                                ImmutableUsageInfo::toCanonical)
                        .provider("vLLM")
                        .surface("OpenAI-compatible server, POST /v1/chat/completions and /v1/completions")
                        .response("/usage")
                        .stream("SSE data: lines, ending with data: [DONE]; usage only with stream_options.include_usage (or --enable-force-include-usage)", StreamStyle.CUMULATIVE,
                                new StreamEvent("the extra chunk with \"choices\": [] and, with continuous_usage_stats, every chunk", "/usage"))
                        .convention("total = prompt + completion; cached tokens (only with --enable-prompt-tokens-details) are "
                                + "a part of the prompt; reasoning, never counted apart, is inside the completion")
                        .build());
    }
}
