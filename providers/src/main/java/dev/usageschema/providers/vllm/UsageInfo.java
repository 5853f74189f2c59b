package dev.usageschema.providers.vllm;

import dev.usageschema.Addable;
import dev.usageschema.AtMost;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Nullable;
import dev.usageschema.StreamStyle;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * vLLM's {@code UsageInfo}, in its wire order: total = prompt + completion (10 of 10 raw bodies, 19 of 19
 * recordings; the server sums them itself). The completion is nullable; {@code prompt_tokens_details} is
 * {@code null} unless the server runs with {@code --enable-prompt-tokens-details} and the prefix cache hit.
 * No reasoning count, even for reasoning models: it is inside the completion. With
 * {@code continuous_usage_stats} every chunk carries the usage so far, so the stream is read cumulatively,
 * which takes a single final usage as well.
 */
@Addable(stream = StreamStyle.CUMULATIVE)
@CanonicalMapping(convention = "vllm", input = "promptTokens", output = "completionTokens", total = "totalTokens",
        cacheRead = "promptTokensDetails.cachedTokens")
@UsageSchema
public interface UsageInfo {

    long promptTokens();

    @Sum({"promptTokens", "completionTokens"})
    long totalTokens();

    @Nullable
    OptionalLong completionTokens();

    @AtMost("promptTokens")
    @Nullable
    Optional<PromptDetails> promptTokensDetails();

    /** The prefix-cache hits. */
    @Addable
    @UsageSchema
    interface PromptDetails {

        @Nullable
        OptionalLong cachedTokens();
    }
}
