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
}
