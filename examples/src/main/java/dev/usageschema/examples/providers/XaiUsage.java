package dev.usageschema.examples.providers;

import dev.usageschema.Sum;
import dev.usageschema.SumRelation;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.Optional;

/**
 * xAI chat completions: the total adds reasoning tokens, which recorded traffic reports in the
 * completion details, beside (and larger than) the completion count. Within one object the schema
 * can say what holds in every recording: the total is at least prompt + completion.
 */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface XaiUsage {

    long promptTokens();

    long completionTokens();

    @Sum(value = {"promptTokens", "completionTokens"}, relation = SumRelation.AT_LEAST)
    long totalTokens();

    Optional<XaiCompletionDetails> completionTokensDetails();

    /** Details of the completion; reasoning is not inside the completion count. */
    @UsageSchema(naming = WireNaming.SNAKE_CASE)
    interface XaiCompletionDetails {
        long reasoningTokens();
    }
}
