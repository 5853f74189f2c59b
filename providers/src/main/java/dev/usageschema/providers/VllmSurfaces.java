package dev.usageschema.providers;

import dev.usageschema.StreamStyle;
import dev.usageschema.json.EventFraming;
import dev.usageschema.providers.vllm.ImmutableUsageInfo;
import dev.usageschema.providers.vllm.UsageInfo;
import java.util.List;

/** vLLM's surface. */
final class VllmSurfaces {

    static final ProviderSurface<UsageInfo, ImmutableUsageInfo> VLLM =
            ProviderSurface.builder("vllm", ImmutableUsageInfo.jsonSchema(), ImmutableUsageInfo.adder(), ImmutableUsageInfo::toCanonical)
                    .provider("vLLM")
                    .surface("OpenAI-compatible server, POST /v1/chat/completions and /v1/completions")
                    .response("/usage")
                    .stream(EventFraming.SERVER_SENT_EVENTS, StreamStyle.CUMULATIVE,
                            "data: lines ending with data: [DONE]; usage only with stream_options.include_usage (or "
                              + "--enable-force-include-usage)",
                            StreamEvent.every("/usage",
                                    "the extra last chunk, \"choices\": []; with continuous_usage_stats every "
                                    + "chunk, the usage so far"))
                    .convention("total = prompt + completion; cached tokens (only with --enable-prompt-tokens-details) "
                            + "are a part of the prompt; reasoning, never counted apart, is inside the completion")
                    .build();

    private VllmSurfaces() {
    }

    static List<ProviderSurface<?, ?>> all() {
        return List.of(VLLM);
    }
}
