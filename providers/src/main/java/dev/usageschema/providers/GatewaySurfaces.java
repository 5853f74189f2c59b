package dev.usageschema.providers;

import dev.usageschema.StreamStyle;
import dev.usageschema.json.EventFraming;
import dev.usageschema.providers.gateways.AtomaUsage;
import dev.usageschema.providers.gateways.FriendliStreamedCompletionsUsage;
import dev.usageschema.providers.gateways.ImmutableAtomaUsage;
import dev.usageschema.providers.gateways.ImmutableFriendliStreamedCompletionsUsage;
import dev.usageschema.providers.gateways.ImmutableOpperUsage;
import dev.usageschema.providers.gateways.ImmutableOrqDeploymentStreamUsage;
import dev.usageschema.providers.gateways.ImmutableOrqProxyCompletionsUsage;
import dev.usageschema.providers.gateways.OpperUsage;
import dev.usageschema.providers.gateways.OrqDeploymentStreamUsage;
import dev.usageschema.providers.gateways.OrqProxyCompletionsUsage;
import java.util.List;

/** The gateways of the seed documents. */
final class GatewaySurfaces {

    static final ProviderSurface<OrqDeploymentStreamUsage, ImmutableOrqDeploymentStreamUsage> ORQ_DEPLOYMENT_STREAM =
            ProviderSurface.builder("orq-deployment-stream", ImmutableOrqDeploymentStreamUsage.jsonSchema(), ImmutableOrqDeploymentStreamUsage.adder(), ImmutableOrqDeploymentStreamUsage::toCanonical)
                    .provider("orq.ai")
                    .surface("Deployments stream, POST /v2/deployments/stream (seed 000)")
                    .response("/usage")
                    .stream(EventFraming.SERVER_SENT_EVENTS, StreamStyle.FINAL_ONLY,
                            "data: lines ending with data: [DONE]; usage only with invoke_options.include_usage",
                            StreamEvent.every("/usage",
                                    "the event with \"is_final\": true"))
                    .convention("total = prompt + completion; cached tokens are a part of the prompt, reasoning a part of "
                            + "the completion (OpenAI's names, documented nowhere); the pre-2026 input_tokens and "
                            + "output_tokens read as prompt and completion")
                    .build();

    static final ProviderSurface<FriendliStreamedCompletionsUsage, ImmutableFriendliStreamedCompletionsUsage> FRIENDLI_STREAMED_COMPLETIONS =
            ProviderSurface.builder("friendli-streamed-completions", ImmutableFriendliStreamedCompletionsUsage.jsonSchema(), ImmutableFriendliStreamedCompletionsUsage.adder(), ImmutableFriendliStreamedCompletionsUsage::toCanonical)
                    .provider("FriendliAI")
                    .surface("streamed Completions, POST /serverless/v1/completions with \"stream\": true (seed 001)")
                    .response("/usage")
                    .stream(EventFraming.SERVER_SENT_EVENTS, StreamStyle.FINAL_ONLY,
                            "data: lines ending with data: [DONE]; usage only with stream_options.include_usage",
                            StreamEvent.every("/usage",
                                    "the last event before [DONE]; other events carry \"usage\": null"))
                    .convention("total = prompt + completion, as documented; cached tokens are a part of the prompt")
                    .build();

    static final ProviderSurface<OrqProxyCompletionsUsage, ImmutableOrqProxyCompletionsUsage> ORQ_PROXY_COMPLETIONS =
            ProviderSurface.builder("orq-proxy-completions", ImmutableOrqProxyCompletionsUsage.jsonSchema(), ImmutableOrqProxyCompletionsUsage.adder(), ImmutableOrqProxyCompletionsUsage::toCanonical)
                    .provider("orq.ai")
                    .surface("AI Proxy Completions, POST /v2/proxy/completions (seed 002)")
                    .response("/usage")
                    .stream(EventFraming.SERVER_SENT_EVENTS, StreamStyle.FINAL_ONLY,
                            "data: lines ending with data: [DONE]",
                            StreamEvent.every("/usage",
                                    "the extra last chunk, \"choices\": [], as OpenAI's (not established)"))
                    .convention("total = prompt + completion, as documented; cached and audio are parts of the prompt, "
                            + "reasoning, predictions and audio parts of the completion (OpenAI's mirror)")
                    .build();

    static final ProviderSurface<OpperUsage, ImmutableOpperUsage> OPPER =
            ProviderSurface.builder("opper", ImmutableOpperUsage.jsonSchema(), ImmutableOpperUsage.adder(), ImmutableOpperUsage::toCanonical)
                    .provider("Opper")
                    .surface("OpenAI-compatible chat, POST /v2/openai/chat/completions (seed 003)")
                    .response("/usage")
                    .convention("total = prompt + completion (implied); details are parts of their parents; other keys "
                            + "are kept")
                    .build();

    static final ProviderSurface<AtomaUsage, ImmutableAtomaUsage> ATOMA =
            ProviderSurface.builder("atoma", ImmutableAtomaUsage.jsonSchema(), ImmutableAtomaUsage.adder(), ImmutableAtomaUsage::toCanonical)
                    .provider("Atoma Network")
                    .surface("chat, POST /v1/chat/completions and /v1/confidential/chat/completions (seed 004)")
                    .response("/usage")
                    .stream(EventFraming.SERVER_SENT_EVENTS, StreamStyle.FINAL_ONLY,
                            "data: lines ending with data: [DONE]; usage only with stream_options.include_usage",
                            StreamEvent.every("/usage",
                                    "the extra last chunk, \"choices\": [], as vLLM's (not established)"))
                    .convention("total = prompt + completion, as documented; cached and audio are parts of the prompt, "
                            + "the completion details parts of the completion")
                    .build();

    private GatewaySurfaces() {
    }

    static List<ProviderSurface<?, ?>> all() {
        return List.of(ORQ_DEPLOYMENT_STREAM, FRIENDLI_STREAMED_COMPLETIONS, ORQ_PROXY_COMPLETIONS, OPPER, ATOMA);
    }
}
