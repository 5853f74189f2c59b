/**
 * The provider catalogue: the usage schema of each LLM API surface, mapped to the canonical usage, and the
 * registry ({@link dev.usageschema.providers.Providers}) that says where each surface's usage sits in its
 * responses and streams.
 */
module dev.usageschema.providers {
    requires transitive dev.usageschema;
    requires transitive dev.usageschema.canonical;

    exports dev.usageschema.providers;
    exports dev.usageschema.providers.openai;
    exports dev.usageschema.providers.anthropic;
    exports dev.usageschema.providers.google;
    exports dev.usageschema.providers.bedrock;
    exports dev.usageschema.providers.mistral;
    exports dev.usageschema.providers.cohere;
    exports dev.usageschema.providers.deepseek;
    exports dev.usageschema.providers.groq;
    exports dev.usageschema.providers.xai;
    exports dev.usageschema.providers.ollama;
    exports dev.usageschema.providers.vllm;
    exports dev.usageschema.providers.openrouter;
    exports dev.usageschema.providers.together;
    exports dev.usageschema.providers.fireworks;
    exports dev.usageschema.providers.perplexity;
    exports dev.usageschema.providers.cerebras;
    exports dev.usageschema.providers.gateways;


    // Every JSON form, for ServiceLoader and Jackson's module discovery on the module path (the processor lists
    // the same in META-INF/services for the class path).
    provides dev.usageschema.json.JsonSchema with
            dev.usageschema.providers.anthropic.ImmutableMessagesUsage.Json,
            dev.usageschema.providers.anthropic.ImmutableMessagesUsage_CacheCreation.Json,
            dev.usageschema.providers.anthropic.ImmutableMessagesUsage_Iteration.Json,
            dev.usageschema.providers.anthropic.ImmutableMessagesUsage_OutputTokensDetails.Json,
            dev.usageschema.providers.anthropic.ImmutableMessagesUsage_ServerToolUse.Json,
            dev.usageschema.providers.bedrock.ImmutableConverseTokenUsage.Json,
            dev.usageschema.providers.bedrock.ImmutableConverseTokenUsage_CacheDetail.Json,
            dev.usageschema.providers.bedrock.ImmutableConverseTokenUsage_ServerToolUsage.Json,
            dev.usageschema.providers.cerebras.ImmutableChatUsage.Json,
            dev.usageschema.providers.cerebras.ImmutableChatUsage_CompletionDetails.Json,
            dev.usageschema.providers.cerebras.ImmutableChatUsage_PromptDetails.Json,
            dev.usageschema.providers.cohere.ImmutableChatV1Meta.Json,
            dev.usageschema.providers.cohere.ImmutableChatV1Meta_ApiVersion.Json,
            dev.usageschema.providers.cohere.ImmutableChatV1Meta_BilledUnits.Json,
            dev.usageschema.providers.cohere.ImmutableChatV1Meta_Tokens.Json,
            dev.usageschema.providers.cohere.ImmutableChatV2Usage.Json,
            dev.usageschema.providers.cohere.ImmutableChatV2Usage_BilledUnits.Json,
            dev.usageschema.providers.cohere.ImmutableChatV2Usage_Tokens.Json,
            dev.usageschema.providers.deepseek.ImmutableChatUsage.Json,
            dev.usageschema.providers.deepseek.ImmutableChatUsage_CompletionDetails.Json,
            dev.usageschema.providers.deepseek.ImmutableChatUsage_PromptDetails.Json,
            dev.usageschema.providers.fireworks.ImmutableChatUsage.Json,
            dev.usageschema.providers.gateways.ImmutableAtomaUsage.Json,
            dev.usageschema.providers.gateways.ImmutableAtomaUsage_CompletionDetails.Json,
            dev.usageschema.providers.gateways.ImmutableAtomaUsage_PromptDetails.Json,
            dev.usageschema.providers.gateways.ImmutableFriendliStreamedCompletionsUsage.Json,
            dev.usageschema.providers.gateways.ImmutableFriendliStreamedCompletionsUsage_PromptDetails.Json,
            dev.usageschema.providers.gateways.ImmutableOpperUsage.Json,
            dev.usageschema.providers.gateways.ImmutableOpperUsage_CompletionDetails.Json,
            dev.usageschema.providers.gateways.ImmutableOpperUsage_PromptDetails.Json,
            dev.usageschema.providers.gateways.ImmutableOrqDeploymentStreamUsage.Json,
            dev.usageschema.providers.gateways.ImmutableOrqDeploymentStreamUsage_CompletionDetails.Json,
            dev.usageschema.providers.gateways.ImmutableOrqDeploymentStreamUsage_PromptDetails.Json,
            dev.usageschema.providers.gateways.ImmutableOrqProxyCompletionsUsage.Json,
            dev.usageschema.providers.gateways.ImmutableOrqProxyCompletionsUsage_CompletionDetails.Json,
            dev.usageschema.providers.gateways.ImmutableOrqProxyCompletionsUsage_PromptDetails.Json,
            dev.usageschema.providers.google.ImmutableGeminiUsageMetadata.Json,
            dev.usageschema.providers.google.ImmutableModalityTokenCount.Json,
            dev.usageschema.providers.groq.ImmutableChatUsage.Json,
            dev.usageschema.providers.groq.ImmutableChatUsage_CompletionDetails.Json,
            dev.usageschema.providers.groq.ImmutableChatUsage_PromptDetails.Json,
            dev.usageschema.providers.mistral.ImmutableChatUsage.Json,
            dev.usageschema.providers.mistral.ImmutableChatUsage_CompletionDetails.Json,
            dev.usageschema.providers.mistral.ImmutableChatUsage_PromptDetails.Json,
            dev.usageschema.providers.ollama.ImmutableMetrics.Json,
            dev.usageschema.providers.openai.ImmutableAzureChatUsage.Json,
            dev.usageschema.providers.openai.ImmutableChatUsage.Json,
            dev.usageschema.providers.openai.ImmutableChatUsage_CompletionDetails.Json,
            dev.usageschema.providers.openai.ImmutableChatUsage_PromptDetails.Json,
            dev.usageschema.providers.openai.ImmutableCompletionsUsage.Json,
            dev.usageschema.providers.openai.ImmutableEmbeddingsUsage.Json,
            dev.usageschema.providers.openai.ImmutableRealtimeUsage.Json,
            dev.usageschema.providers.openai.ImmutableRealtimeUsage_InputDetails.Json,
            dev.usageschema.providers.openai.ImmutableRealtimeUsage_Modalities.Json,
            dev.usageschema.providers.openai.ImmutableRealtimeUsage_OutputDetails.Json,
            dev.usageschema.providers.openai.ImmutableResponsesUsage.Json,
            dev.usageschema.providers.openai.ImmutableResponsesUsage_InputDetails.Json,
            dev.usageschema.providers.openai.ImmutableResponsesUsage_OutputDetails.Json,
            dev.usageschema.providers.openrouter.ImmutableChatUsage.Json,
            dev.usageschema.providers.openrouter.ImmutableChatUsage_CompletionDetails.Json,
            dev.usageschema.providers.openrouter.ImmutableChatUsage_CostDetails.Json,
            dev.usageschema.providers.openrouter.ImmutableChatUsage_PromptDetails.Json,
            dev.usageschema.providers.openrouter.ImmutableChatUsage_ServerToolUseDetails.Json,
            dev.usageschema.providers.perplexity.ImmutableChatUsage.Json,
            dev.usageschema.providers.perplexity.ImmutableChatUsage_Cost.Json,
            dev.usageschema.providers.together.ImmutableChatUsage.Json,
            dev.usageschema.providers.vllm.ImmutableUsageInfo.Json,
            dev.usageschema.providers.vllm.ImmutableUsageInfo_PromptDetails.Json,
            dev.usageschema.providers.xai.ImmutableChatUsage.Json,
            dev.usageschema.providers.xai.ImmutableChatUsage_CompletionDetails.Json,
            dev.usageschema.providers.xai.ImmutableChatUsage_PromptDetails.Json;
}
