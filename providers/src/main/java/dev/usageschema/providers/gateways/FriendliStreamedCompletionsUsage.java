package dev.usageschema.providers.gateways;

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
 * FriendliAI's streamed completions usage (seed 001, and the 2026 {@code TextUsage}): the three counts,
 * optional in the seed and required since; total = prompt + completion, as documented. The 2026 schema adds a
 * nullable {@code prompt_tokens_details} whose nullable {@code cached_tokens} lies inside the prompt.
 */
@Addable(stream = StreamStyle.FINAL_ONLY)
@CanonicalMapping(convention = "friendli-streamed-completions", input = "promptTokens", output = "completionTokens",
        total = "totalTokens", cacheRead = "promptTokensDetails.cachedTokens")
@UsageSchema
public interface FriendliStreamedCompletionsUsage {

    /** Number of tokens in the prompt. */
    OptionalLong promptTokens();

    /** Number of tokens in the generated completions. */
    OptionalLong completionTokens();

    /** Total number of tokens used in the request ({@code prompt_tokens} + {@code completion_tokens}). */
    @Sum({"promptTokens", "completionTokens"})
    OptionalLong totalTokens();

    @AtMost("promptTokens")
    @Nullable
    Optional<PromptDetails> promptTokensDetails();

    /** The cached tokens present in the prompt. */
    @Addable
    @UsageSchema
    interface PromptDetails {

        @Nullable
        OptionalLong cachedTokens();
    }
}
