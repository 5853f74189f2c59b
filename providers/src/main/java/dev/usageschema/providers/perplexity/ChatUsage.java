package dev.usageschema.providers.perplexity;

import dev.usageschema.Addable;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Merge;
import dev.usageschema.MergeRule;
import dev.usageschema.NotACount;
import dev.usageschema.StreamStyle;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Perplexity's {@code usage}: total = prompt + completion (every recorded object). Deep research adds
 * citation tokens and research reasoning tokens beside the total, not in it (reasoning 145885 against a total
 * of 13728), and its search queries; they are not mapped. The cost object's parts and total are USD rounded
 * to 5 decimals each, so the total is off the sum of its parts by 0.00001 in 3 of 8 recorded bodies; no rule
 * checks that sum. The canonical cost is {@code cost.total_cost}, its web-search requests the deep-research
 * queries. The stream's usage is cumulative.
 */
@Addable(stream = StreamStyle.CUMULATIVE)
@CanonicalMapping(convention = "perplexity-chat", input = "promptTokens", output = "completionTokens",
        total = "totalTokens", webSearchRequests = "numSearchQueries", cost = "cost.totalCost",
        unmapped = {"citationTokens", "reasoningTokens"})
@UsageSchema
public interface ChatUsage {

    long promptTokens();

    long completionTokens();

    @Sum({"promptTokens", "completionTokens"})
    long totalTokens();

    /** The request's search context, echoed (sonar, sonar-pro, sonar-reasoning). */
    @Merge(MergeRule.LAST)
    Optional<SearchContextSize> searchContextSize();

    /** Tokens of the processed search results (deep research), beside the total. */
    OptionalLong citationTokens();

    /** Billed searches (deep research): not tokens. */
    @NotACount(min = 0)
    @Merge(MergeRule.ADD)
    OptionalLong numSearchQueries();

    /** Research-phase reasoning (deep research), beside the total. */
    OptionalLong reasoningTokens();

    /** The call's cost in USD (since July 2025). */
    Optional<Cost> cost();

    /** The cost's parts and total, each rounded to 5 decimals. */
    @Addable
    @UsageSchema
    interface Cost {

        @NotACount(min = 0)
        @Merge(MergeRule.ADD)
        Optional<BigDecimal> inputTokensCost();

        @NotACount(min = 0)
        @Merge(MergeRule.ADD)
        Optional<BigDecimal> outputTokensCost();

        /** The request fee, by search context size (not for deep research). */
        @NotACount(min = 0)
        @Merge(MergeRule.ADD)
        Optional<BigDecimal> requestCost();

        @NotACount(min = 0)
        @Merge(MergeRule.ADD)
        Optional<BigDecimal> citationTokensCost();

        @NotACount(min = 0)
        @Merge(MergeRule.ADD)
        Optional<BigDecimal> reasoningTokensCost();

        @NotACount(min = 0)
        @Merge(MergeRule.ADD)
        Optional<BigDecimal> searchQueriesCost();

        @NotACount(min = 0)
        @Merge(MergeRule.ADD)
        Optional<BigDecimal> totalCost();
    }
}
