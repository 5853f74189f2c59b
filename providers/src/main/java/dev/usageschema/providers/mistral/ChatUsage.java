package dev.usageschema.providers.mistral;

import dev.usageschema.Addable;
import dev.usageschema.AtMost;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Merge;
import dev.usageschema.MergeRule;
import dev.usageschema.NotACount;
import dev.usageschema.Nullable;
import dev.usageschema.Severity;
import dev.usageschema.StreamStyle;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireName;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Mistral's {@code UsageInfo}. The cache count moved twice: none (2025), {@code num_cached_tokens} (early 2026,
 * 44 of 61 recorded bodies), {@code prompt_tokens_details.cached_tokens} (from 2026-02-17, 13 of 61); both lie
 * inside the prompt. The canonical cache read is the current one; {@code num_cached_tokens} is read and
 * bounded but not mapped. total = prompt + completion held in 61 of 61 bodies and every stream, but Voxtral
 * (audio) calls were seen with total = prompt + completion + audio tokens that no field reports, so the rule
 * ships as a warning. The SDK gives every count a default of 0 and the completion may be {@code null}.
 */
@Addable(stream = StreamStyle.FINAL_ONLY)
@CanonicalMapping(convention = "mistral-chat", input = "promptTokens", output = "completionTokens", total = "totalTokens",
        cacheRead = "promptTokensDetails.cachedTokens", inputAudio = "promptTokensDetails.audioTokens",
        reasoning = "completionTokensDetails.reasoningTokens", unmapped = "numCachedTokens")
@UsageSchema
public interface ChatUsage {

    OptionalLong promptTokens();

    @Nullable
    OptionalLong completionTokens();

    @Sum(value = {"promptTokens", "completionTokens"}, severity = Severity.WARNING)
    OptionalLong totalTokens();

    /** The early-2026 cache count, inside the prompt. */
    @AtMost("promptTokens")
    @Nullable
    OptionalLong numCachedTokens();

    /** The current cache count and audio tokens; the SDK also lists the spelling {@code prompt_token_details}. */
    @WireName(value = "prompt_tokens_details", alternates = "prompt_token_details")
    @AtMost("promptTokens")
    @Nullable
    Optional<PromptDetails> promptTokensDetails();

    @AtMost("completionTokens")
    @Nullable
    Optional<CompletionDetails> completionTokensDetails();

    /** Seconds of input audio (audio models), beside the token counts. */
    @NotACount(min = 0)
    @Merge(MergeRule.ADD)
    @Nullable
    OptionalLong promptAudioSeconds();

    /** Requests counted (audio models). */
    @NotACount(min = 0)
    @Merge(MergeRule.ADD)
    @Nullable
    OptionalLong requestCount();

    /** Parts of the prompt. */
    @Addable
    @UsageSchema
    interface PromptDetails {

        OptionalLong cachedTokens();

        OptionalLong audioTokens();
    }

    /** Parts of the completion. */
    @Addable
    @UsageSchema
    interface CompletionDetails {

        OptionalLong reasoningTokens();
    }
}
