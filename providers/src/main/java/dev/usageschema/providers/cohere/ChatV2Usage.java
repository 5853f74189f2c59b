package dev.usageschema.providers.cohere;

import dev.usageschema.Addable;
import dev.usageschema.AtMost;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Merge;
import dev.usageschema.MergeRule;
import dev.usageschema.NotACount;
import dev.usageschema.StreamStyle;
import dev.usageschema.UsageSchema;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Cohere Chat v2's {@code usage}. What is billed is at most what was processed, count by count (32 of 32
 * recorded); the cached tokens belong to the processed view (at most its input, 11 of 11), and billed input
 * fell below processed minus cached, so no cache count maps onto the billed one. The canonical usage counts
 * what is billed. A stream that ends in error sends {@code "usage": {}}.
 */
@Addable(stream = StreamStyle.FINAL_ONLY)
@CanonicalMapping(convention = "cohere-chat-v2", input = "billedUnits.inputTokens", output = "billedUnits.outputTokens",
        unmapped = {"tokens.inputTokens", "tokens.outputTokens", "tokens.imageTokens", "cachedTokens"})
@UsageSchema
public interface ChatV2Usage {

    @AtMost(value = "tokens.inputTokens", count = "inputTokens")
    @AtMost(value = "tokens.outputTokens", count = "outputTokens")
    Optional<BilledUnits> billedUnits();

    Optional<Tokens> tokens();

    /** Prompt tokens that hit the inference cache, of the processed input. */
    @AtMost("tokens.inputTokens")
    OptionalLong cachedTokens();

    /** What is charged. */
    @Addable
    @UsageSchema
    interface BilledUnits {

        OptionalLong inputTokens();

        OptionalLong outputTokens();

        /** Search units (RAG), not tokens; not seen in chat. */
        @NotACount(min = 0)
        @Merge(MergeRule.ADD)
        OptionalDouble searchUnits();

        /** Classifications, not tokens; not seen in chat. */
        @NotACount(min = 0)
        @Merge(MergeRule.ADD)
        OptionalDouble classifications();
    }

    /** What the model processed, the prompt template included. */
    @Addable
    @UsageSchema
    interface Tokens {

        OptionalLong inputTokens();

        OptionalLong outputTokens();

        /** Not in the SDK type; seen in 2 vision streams, inside the input. */
        @AtMost("inputTokens")
        OptionalLong imageTokens();
    }
}
