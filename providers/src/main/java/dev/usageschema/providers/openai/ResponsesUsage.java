package dev.usageschema.providers.openai;

import dev.usageschema.AbsentParts;
import dev.usageschema.Addable;
import dev.usageschema.AtMost;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.StreamStyle;
import dev.usageschema.Sum;
import dev.usageschema.SumRelation;
import dev.usageschema.UsageSchema;
import java.util.OptionalLong;

/**
 * OpenAI Responses' {@code usage} ({@code ResponseUsage}): input and output with their required details;
 * total = input + output (267 of 267 recorded bodies, 32 of 32 {@code response.completed} events); the cache
 * reads and writes lie inside the input, together (299 of 299), reasoning inside the output (299 of 299).
 * A queued or in-progress response carries {@code "usage": null} instead.
 */
@Addable(stream = StreamStyle.FINAL_ONLY)
@CanonicalMapping(convention = "openai-responses", input = "inputTokens", output = "outputTokens", total = "totalTokens",
        cacheRead = "inputTokensDetails.cachedTokens", cacheWrite = "inputTokensDetails.cacheWriteTokens",
        reasoning = "outputTokensDetails.reasoningTokens")
@UsageSchema
public interface ResponsesUsage {

    /** Every input token, cached or not. */
    @Sum(value = {"inputTokensDetails.cachedTokens", "inputTokensDetails.cacheWriteTokens"},
            relation = SumRelation.AT_LEAST, whenAbsent = AbsentParts.COUNT_AS_ZERO)
    long inputTokens();

    @AtMost("inputTokens")
    InputDetails inputTokensDetails();

    /** Every output token, reasoning included. */
    long outputTokens();

    @AtMost("outputTokens")
    OutputDetails outputTokensDetails();

    @Sum({"inputTokens", "outputTokens"})
    long totalTokens();

    /** Parts of the input. */
    @Addable
    @UsageSchema
    interface InputDetails {

        /** Read from the prompt cache. */
        long cachedTokens();

        /** Written to the prompt cache: required by the SDK since 2026, absent from older bodies (236 of 299). */
        OptionalLong cacheWriteTokens();
    }

    /** Parts of the output. */
    @Addable
    @UsageSchema
    interface OutputDetails {

        long reasoningTokens();
    }
}
