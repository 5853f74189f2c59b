package dev.usageschema.providers;

import dev.usageschema.StreamStyle;
import dev.usageschema.providers.gateways.ImmutableAtomaUsage;
import dev.usageschema.providers.gateways.ImmutableFriendliStreamedCompletionsUsage;
import dev.usageschema.providers.gateways.ImmutableOpperUsage;
import dev.usageschema.providers.gateways.ImmutableOrqDeploymentStreamUsage;
import dev.usageschema.providers.gateways.ImmutableOrqProxyCompletionsUsage;
import java.util.List;

/** The gateways of the seed documents. */
final class GatewaySurfaces {

    private GatewaySurfaces() {
    }

    static List<ProviderSurface<?, ?>> all() {
        return List.of(
                ProviderSurface.builder("orq-deployment-stream", ImmutableOrqDeploymentStreamUsage.jsonSchema(), ImmutableOrqDeploymentStreamUsage.adder(),
                                ImmutableOrqDeploymentStreamUsage::toCanonical)
                        .provider("orq.ai")
                        .surface("Deployments stream, POST /v2/deployments/stream (seed 000)")
                        .response("/usage")
                        .stream("SSE data: lines, ending with data: [DONE]; usage only with invoke_options.include_usage", StreamStyle.FINAL_ONLY,
                                new StreamEvent("the event with \"is_final\": true", "/usage"))
                        .convention("total = prompt + completion; cached tokens are a part of the prompt, reasoning a part of "
                                + "the completion (OpenAI's names, documented nowhere); the pre-2026 "
                                + "input_tokens/output_tokens are read as prompt/completion")
                        .build(),
                ProviderSurface.builder("friendli-streamed-completions", ImmutableFriendliStreamedCompletionsUsage.jsonSchema(), ImmutableFriendliStreamedCompletionsUsage.adder(),
                                ImmutableFriendliStreamedCompletionsUsage::toCanonical)
                        .provider("FriendliAI")
                        .surface("streamed Completions, POST /serverless/v1/completions with stream (seed 001)")
                        .response("/usage")
                        .stream("SSE data: lines, ending with data: [DONE]; usage only with stream_options.include_usage", StreamStyle.FINAL_ONLY,
                                new StreamEvent("the last event before [DONE] (other events carry \"usage\": null)", "/usage"))
                        .convention("total = prompt + completion, as documented; cached tokens are a part of the prompt")
                        .build(),
                ProviderSurface.builder("orq-proxy-completions", ImmutableOrqProxyCompletionsUsage.jsonSchema(), ImmutableOrqProxyCompletionsUsage.adder(),
                                ImmutableOrqProxyCompletionsUsage::toCanonical)
                        .provider("orq.ai")
                        .surface("AI Proxy Completions, POST /v2/proxy/completions (seed 002)")
                        .response("/usage")
                        .stream("SSE data: lines, ending with data: [DONE]", StreamStyle.FINAL_ONLY,
                                new StreamEvent("the extra chunk with \"choices\": [] (assumed, as OpenAI's)", "/usage"))
                        .convention("total = prompt + completion, as documented; cached and audio are parts of the prompt, "
                                + "reasoning, predictions and audio parts of the completion (OpenAI's mirror)")
                        .build(),
                ProviderSurface.builder("opper", ImmutableOpperUsage.jsonSchema(), ImmutableOpperUsage.adder(),
                                ImmutableOpperUsage::toCanonical)
                        .provider("Opper")
                        .surface("OpenAI-compatible chat, POST /v2/openai/chat/completions (seed 003)")
                        .response("/usage")
                        .convention("total = prompt + completion (implied); details are parts of their parents; other keys are "
                                + "kept")
                        .build(),
                ProviderSurface.builder("atoma", ImmutableAtomaUsage.jsonSchema(), ImmutableAtomaUsage.adder(),
                                ImmutableAtomaUsage::toCanonical)
                        .provider("Atoma Network")
                        .surface("chat and confidential chat, POST /v1/chat/completions and "
                                + "/v1/confidential/chat/completions (seed 004)")
                        .response("/usage")
                        .stream("SSE data: lines, ending with data: [DONE]", StreamStyle.FINAL_ONLY,
                                new StreamEvent("the extra chunk with \"choices\": [] (assumed, as vLLM's)", "/usage"))
                        .convention("total = prompt + completion, as documented; cached and audio are parts of the prompt, the "
                                + "completion details parts of the completion")
                        .build());
    }
}
