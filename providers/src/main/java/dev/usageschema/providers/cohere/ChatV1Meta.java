package dev.usageschema.providers.cohere;

import dev.usageschema.Addable;
import dev.usageschema.AtMost;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Merge;
import dev.usageschema.MergeRule;
import dev.usageschema.NotACount;
import dev.usageschema.StreamStyle;
import dev.usageschema.UsageSchema;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Cohere Chat v1's {@code meta} ({@code ApiMeta}): v2's two views under other pointers. Billed at most
 * processed, count by count (3 of 3 recorded streams); the cached tokens, not seen in v1, bounded by the
 * processed input as in v2. The canonical usage counts what is billed.
 */
@Addable(stream = StreamStyle.FINAL_ONLY)
@CanonicalMapping(convention = "cohere-chat-v1", input = "billedUnits.inputTokens", output = "billedUnits.outputTokens",
        unmapped = {"tokens.inputTokens", "tokens.outputTokens", "billedUnits.imageTokens", "cachedTokens"})
@UsageSchema
public interface ChatV1Meta {

    @Merge(MergeRule.LAST)
    Optional<ApiVersion> apiVersion();

    @AtMost(value = "tokens.inputTokens", count = "inputTokens")
    @AtMost(value = "tokens.outputTokens", count = "outputTokens")
    Optional<BilledUnits> billedUnits();

    Optional<Tokens> tokens();

    @AtMost("tokens.inputTokens")
    OptionalLong cachedTokens();

    @Merge(MergeRule.DROP)
    Optional<List<String>> warnings();

    /** The API version that answered. */
    @UsageSchema
    interface ApiVersion {

        String version();

        Optional<Boolean> isDeprecated();

        Optional<Boolean> isExperimental();
    }

    /** What is charged. */
    @Addable
    @UsageSchema
    interface BilledUnits {

        OptionalLong inputTokens();

        OptionalLong outputTokens();

        /** Billed image tokens (seen in embed, as 0). */
        OptionalLong imageTokens();

        /** Search units (connectors, web search), not tokens. */
        @NotACount(min = 0)
        @Merge(MergeRule.ADD)
        OptionalDouble searchUnits();

        @NotACount(min = 0)
        @Merge(MergeRule.ADD)
        OptionalDouble classifications();

        /** Images billed, not tokens. */
        @NotACount(min = 0)
        @Merge(MergeRule.ADD)
        OptionalDouble images();
    }

    /** What the model processed. */
    @Addable
    @UsageSchema
    interface Tokens {

        OptionalLong inputTokens();

        OptionalLong outputTokens();
    }
}
