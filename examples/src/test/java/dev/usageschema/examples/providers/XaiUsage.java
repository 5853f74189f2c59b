package dev.usageschema.examples.providers;

import dev.usageschema.AbsentParts;
import dev.usageschema.Addable;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.StreamStyle;
import dev.usageschema.Sum;
import dev.usageschema.SumRelation;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.Optional;

/**
 * xAI chat completions: the total adds reasoning tokens, which recorded traffic reports in the
 * completion details, beside (and larger than) the completion count. The total is at least prompt,
 * completion and reasoning, which the canonical usage therefore counts beside the completion.
 */
@Addable(stream = StreamStyle.FINAL_ONLY)
@CanonicalMapping(convention = "xai-chat", input = "promptTokens", output = "completionTokens", total = "totalTokens",
        reasoning = "completionTokensDetails.reasoningTokens")
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface XaiUsage {

    long promptTokens();

    long completionTokens();

    @Sum(value = {"promptTokens", "completionTokens", "completionTokensDetails.reasoningTokens"},
            relation = SumRelation.AT_LEAST, whenAbsent = AbsentParts.COUNT_AS_ZERO)
    long totalTokens();

    Optional<XaiCompletionDetails> completionTokensDetails();

    /** Details of the completion; reasoning is not inside the completion count. */
    @Addable
    @UsageSchema(naming = WireNaming.SNAKE_CASE)
    interface XaiCompletionDetails {
        long reasoningTokens();
    }
}
