package dev.usageschema.examples.providers;

import dev.usageschema.AbsentParts;
import dev.usageschema.Addable;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Merge;
import dev.usageschema.MergeRule;
import dev.usageschema.Nullable;
import dev.usageschema.Severity;
import dev.usageschema.StreamStyle;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Anthropic Messages streaming: the {@code usage} of {@code message_start} (preliminary: the input
 * counts and one or two output tokens) and of each {@code message_delta}, which carries running
 * totals in which the input and cache counts may be left out or {@code null}. A later delta's input
 * may exceed the start's (server tools read more). Accumulate a stream with
 * {@code ImmutableAnthropicStreamUsage.adder().newStream()}: a count a delta gives replaces the
 * earlier one, a count it leaves out or gives as {@code null} keeps it.
 */
@Addable(stream = StreamStyle.CUMULATIVE)
@CanonicalMapping(convention = "anthropic-messages", input = "inputTokens", output = "outputTokens", total = "totalTokens",
        cacheRead = "cacheReadInputTokens", cacheWrite = "cacheCreationInputTokens",
        cacheWrite5m = "cacheCreation.ephemeral5mInputTokens", cacheWrite1h = "cacheCreation.ephemeral1hInputTokens")
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface AnthropicStreamUsage {

    @Nullable
    OptionalLong inputTokens();

    long outputTokens();

    /** As in {@link AnthropicUsage}: a warning when the split does not add up. */
    @Sum(value = {"cacheCreation.ephemeral5mInputTokens", "cacheCreation.ephemeral1hInputTokens"},
            severity = Severity.WARNING)
    @Nullable
    OptionalLong cacheCreationInputTokens();

    @Nullable
    Optional<AnthropicCacheCreation> cacheCreation();

    @Nullable
    OptionalLong cacheReadInputTokens();

    @Merge(MergeRule.LAST)
    @Nullable
    Optional<String> serviceTier();

    /** Everything billed so far; never on the wire. */
    @Sum(value = {"inputTokens", "outputTokens", "cacheCreationInputTokens", "cacheReadInputTokens"},
            whenAbsent = AbsentParts.COUNT_AS_ZERO, derive = true)
    long totalTokens();
}
