package dev.usageschema.providers.gateways;

import dev.usageschema.Addable;
import dev.usageschema.AtMost;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Nullable;
import dev.usageschema.StreamStyle;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireName;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * orq.ai's deployment stream usage (seed 000): every count optional, typed float by the SDK (a fraction is
 * rejected), the completion details and the two inner counts nullable. Until December 2025 the same model was
 * {@code {input_tokens, output_tokens, total_tokens}}: the old names are read as the new ones. Its names imply
 * OpenAI's arithmetic: total = prompt + completion, cached inside the prompt, reasoning inside the completion.
 */
@Addable(stream = StreamStyle.FINAL_ONLY)
@CanonicalMapping(convention = "orq-deployment-stream", input = "promptTokens", output = "completionTokens",
        total = "totalTokens", cacheRead = "promptTokensDetails.cachedTokens",
        reasoning = "completionTokensDetails.reasoningTokens")
@UsageSchema
public interface OrqDeploymentStreamUsage {

    @Sum({"promptTokens", "completionTokens"})
    OptionalLong totalTokens();

    @WireName(value = "prompt_tokens", alternates = "input_tokens")
    OptionalLong promptTokens();

    @WireName(value = "completion_tokens", alternates = "output_tokens")
    OptionalLong completionTokens();

    @AtMost("promptTokens")
    Optional<PromptDetails> promptTokensDetails();

    @AtMost("completionTokens")
    @Nullable
    Optional<CompletionDetails> completionTokensDetails();

    /** Parts of the prompt. */
    @Addable
    @UsageSchema
    interface PromptDetails {

        @Nullable
        OptionalLong cachedTokens();
    }

    /** Parts of the completion. */
    @Addable
    @UsageSchema
    interface CompletionDetails {

        @Nullable
        OptionalLong reasoningTokens();
    }
}
