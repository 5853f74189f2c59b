package dev.usageschema;

/**
 * How a provider reports usage while it streams a response: what a chunk's usage means, and so how
 * the chunks' usages make the response's ({@code adder().newStream(style)}).
 */
public enum StreamStyle {
    /**
     * One chunk carries the whole usage, at or near the end; a second usage is a {@link Rule#REPEATED_USAGE}
     * (a warning when it is the same again). OpenAI Chat with {@code stream_options.include_usage},
     * OpenAI Responses' {@code response.completed}, Bedrock ConverseStream's {@code metadata} event,
     * Ollama's {@code done} chunk, Cohere's {@code message-end}.
     */
    FINAL_ONLY,
    /**
     * Every chunk that carries usage carries the usage so far: a count a chunk gives replaces the
     * earlier one and may not go down ({@link Rule#COUNT_DECREASED}); a count a chunk leaves out, or
     * gives as {@code null}, keeps the earlier one. Gemini's {@code usageMetadata} on each chunk, vLLM
     * with {@code continuous_usage_stats}, Anthropic's {@code message_start} then {@code message_delta}.
     */
    CUMULATIVE,
    /** Each chunk carries only its own increment: the usages are added, as values of separate calls are. */
    DELTA
}
