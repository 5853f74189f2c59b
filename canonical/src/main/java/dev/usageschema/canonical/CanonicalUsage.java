package dev.usageschema.canonical;

import dev.usageschema.AbsentParts;
import dev.usageschema.Addable;
import dev.usageschema.AtMost;
import dev.usageschema.Merge;
import dev.usageschema.MergeRule;
import dev.usageschema.NotACount;
import dev.usageschema.Severity;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One call's usage in one shape for every provider, with both views billing needs: inclusive totals
 * (every input token, cached or not; every output token, reasoning included; the total) and the
 * disjoint parts they are made of (uncached, cache read, cache write; text, reasoning, audio,
 * image). Their identities are rules of this schema, each a violation at its path, never a clamp:
 *
 * <ul>
 *   <li>{@code input_tokens = input_uncached_tokens + cache_read_tokens + cache_write_tokens};</li>
 *   <li>{@code cache_write_tokens = cache_write_5m_tokens + cache_write_1h_tokens}, a warning;</li>
 *   <li>{@code output_tokens = output_text_tokens + reasoning_tokens + output_audio_tokens + output_image_tokens};</li>
 *   <li>{@code total_tokens = input_tokens + output_tokens + unattributed_tokens};</li>
 *   <li>every part, and every itemisation of the input or the output, at most its total;</li>
 *   <li>every count whole and non-negative, and no sum past {@code Long.MAX_VALUE}.</li>
 * </ul>
 *
 * An absent part counts as 0 in these sums. A provider schema with a
 * {@link dev.usageschema.CanonicalMapping} gets {@code toCanonical()}, which makes one of these from
 * its counts by the schema's own declared relations. Values add up ({@code plus}, {@code adder()}),
 * the cost exactly; the JSON form is this schema's snake_case wire names.
 */
@Addable
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface CanonicalUsage extends Serializable {

    /**
     * The provider and API surface whose accounting produced this usage ({@code openai-chat},
     * {@code anthropic-messages}), from the mapping. A sum of values keeps none, since values of
     * several conventions may be added; a sum of one value is that value and keeps it.
     */
    @Merge(MergeRule.DROP)
    Optional<String> convention();

    /** Every input token: uncached, read from the cache or written to it. */
    @Sum(value = {"inputUncachedTokens", "cacheReadTokens", "cacheWriteTokens"}, whenAbsent = AbsentParts.COUNT_AS_ZERO)
    long inputTokens();

    /** The input tokens neither read from nor written to a prompt cache. */
    long inputUncachedTokens();

    /** Input tokens read from the prompt cache. */
    @AtMost("inputTokens")
    OptionalLong cacheReadTokens();

    /**
     * Input tokens written to the prompt cache, which the five-minute and one-hour writes add up to
     * where the provider splits them. A warning, not an error, when they do not: recorded Anthropic
     * runs with server-side web search report splits that do not add up to the cache writes.
     */
    @AtMost("inputTokens")
    @Sum(value = {"cacheWrite5mTokens", "cacheWrite1hTokens"}, severity = Severity.WARNING)
    OptionalLong cacheWriteTokens();

    /** Cache writes with a five-minute time to live. */
    OptionalLong cacheWrite5mTokens();

    /** Cache writes with a one-hour time to live. */
    OptionalLong cacheWrite1hTokens();

    /** The audio tokens among the input tokens, cached or not. */
    @AtMost("inputTokens")
    OptionalLong inputAudioTokens();

    /** The image tokens among the input tokens. */
    @AtMost("inputTokens")
    OptionalLong inputImageTokens();

    /** The video tokens among the input tokens. */
    @AtMost("inputTokens")
    OptionalLong inputVideoTokens();

    /** The input tokens of tool-use prompts (Gemini's), counted in the input tokens. */
    @AtMost("inputTokens")
    OptionalLong toolUseInputTokens();

    /** Every output token: text, reasoning, audio and image. */
    @Sum(value = {"outputTextTokens", "reasoningTokens", "outputAudioTokens", "outputImageTokens"},
            whenAbsent = AbsentParts.COUNT_AS_ZERO)
    long outputTokens();

    /** The output tokens that are none of reasoning, audio or image. */
    long outputTextTokens();

    /** Reasoning (thinking) tokens of the output. */
    @AtMost("outputTokens")
    OptionalLong reasoningTokens();

    /** Audio tokens of the output. */
    @AtMost("outputTokens")
    OptionalLong outputAudioTokens();

    /** Image tokens of the output. */
    @AtMost("outputTokens")
    OptionalLong outputImageTokens();

    /** Tokens of a predicted output that appeared in the output; counted in the output tokens. */
    @AtMost("outputTokens")
    OptionalLong acceptedPredictionTokens();

    /** Tokens of a predicted output that did not appear, billed as output; counted in the output tokens. */
    @AtMost("outputTokens")
    OptionalLong rejectedPredictionTokens();

    /**
     * Tokens the provider's total counts beyond its input and output, where its total is at least
     * their sum rather than equal to it; absent where the total is exactly input plus output.
     */
    OptionalLong unattributedTokens();

    /** Every token of the call: input, output and unattributed. */
    @Sum(value = {"inputTokens", "outputTokens", "unattributedTokens"}, whenAbsent = AbsentParts.COUNT_AS_ZERO)
    long totalTokens();

    /** Web-search requests billed for the call: not tokens, never negative; they add up. */
    @NotACount(min = 0)
    @Merge(MergeRule.ADD)
    OptionalLong webSearchRequests();

    /**
     * The provider's own cost of the call, in its currency or credits, as an exact decimal:
     * {@code 0.000582}, never the {@code double} nearest it. Sums add it exactly
     * (3 x 0.000582 is 0.001746).
     */
    @NotACount
    @Merge(MergeRule.ADD)
    Optional<BigDecimal> cost();
}
