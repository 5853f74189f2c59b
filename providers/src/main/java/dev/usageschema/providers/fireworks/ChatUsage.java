package dev.usageschema.providers.fireworks;

import dev.usageschema.Addable;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.StreamStyle;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;

/**
 * Fireworks' {@code usage}, in its wire order: the three counts, total = prompt + completion (27 of 27
 * recorded, chat, completions and embeddings). Reasoning ({@code <think>} text) is inside the completion; the
 * prompt-cache counts come in response headers only. With {@code n > 1} each choice's finish chunk carries the
 * usage so far, so the stream is read cumulatively.
 */
@Addable(stream = StreamStyle.CUMULATIVE)
@CanonicalMapping(convention = "fireworks-chat", input = "promptTokens", output = "completionTokens",
        total = "totalTokens")
@UsageSchema
public interface ChatUsage {

    long promptTokens();

    @Sum({"promptTokens", "completionTokens"})
    long totalTokens();

    long completionTokens();
}
