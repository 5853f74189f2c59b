package dev.usageschema.examples;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Violation;
import dev.usageschema.examples.providers.ImmutableAnthropicCacheCreation;
import dev.usageschema.examples.providers.ImmutableAnthropicUsage;
import dev.usageschema.examples.providers.ImmutableCohereTokens;
import dev.usageschema.examples.providers.ImmutableCohereUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Rules whose operands lie in other objects agree with a plain oracle: Anthropic's cache-creation
 * split (a sum whose parts are in a nested object) and Cohere's billed units (bounds between
 * counts of sibling objects), on values weighted toward the edges.
 */
class CrossObjectRulesPropertyTest {

    record SplitCase(OptionalLong cacheWrites, Optional<long[]> split) {
    }

    record BilledCase(Optional<double[]> billed, Optional<double[]> processed) {
    }

    @Property(tries = 1000)
    void aSplitInANestedObjectMatchesTheOracle(@ForAll("splits") SplitCase c) {
        var builder = ImmutableAnthropicUsage.builder().inputTokens(1).outputTokens(1);
        c.cacheWrites().ifPresent(builder::cacheCreationInputTokens);
        c.split().ifPresent(split -> builder.cacheCreation(ImmutableAnthropicCacheCreation.builder()
                .ephemeral5mInputTokens(split[0]).ephemeral1hInputTokens(split[1]).build()));

        // Parts that add up past Long.MAX_VALUE are an error even without a total to compare them to.
        List<String> expected = new ArrayList<>();
        if (c.split().isPresent()) {
            long[] split = c.split().get();
            if (Long.MAX_VALUE - split[0] < split[1]) {
                expected.add("OVERFLOW /cache_creation_input_tokens");
            } else if (c.cacheWrites().isPresent() && split[0] + split[1] != c.cacheWrites().getAsLong()) {
                expected.add("SUM /cache_creation_input_tokens");
            }
        }
        if (c.cacheWrites().isPresent() && Long.MAX_VALUE - 2 < c.cacheWrites().getAsLong()) {
            expected.add("OVERFLOW /total_tokens");
        }
        assertThat(describe(builder.violations())).containsExactlyElementsIn(expected);
    }

    @Property(tries = 1000)
    void boundsBetweenSiblingObjectsMatchTheOracle(@ForAll("billed") BilledCase c) {
        var builder = ImmutableCohereUsage.builder();
        c.billed().ifPresent(billed -> builder.billedUnits(tokens(billed)));
        c.processed().ifPresent(processed -> builder.tokens(tokens(processed)));

        List<String> expected = new ArrayList<>();
        if (c.billed().isPresent() && c.processed().isPresent()) {
            if (c.billed().get()[0] > c.processed().get()[0]) {
                expected.add("AT_MOST /billed_units/input_tokens");
            }
            if (c.billed().get()[1] > c.processed().get()[1]) {
                expected.add("AT_MOST /billed_units/output_tokens");
            }
        }
        assertThat(describe(builder.violations())).containsExactlyElementsIn(expected);
    }

    private static ImmutableCohereTokens tokens(double[] counts) {
        return ImmutableCohereTokens.builder().inputTokens(counts[0]).outputTokens(counts[1]).build();
    }

    private static List<String> describe(List<Violation> violations) {
        return violations.stream().map(violation -> violation.rule() + " " + violation.wirePath()).toList();
    }

    @Provide
    Arbitrary<SplitCase> splits() {
        Arbitrary<Long> count = EdgeCounts.counts();
        Arbitrary<OptionalLong> writes = EdgeCounts.maybe();
        Arbitrary<Optional<long[]>> split = Combinators.combine(count, count).as((a, b) -> new long[] {a, b}).optional(0.8);
        return Combinators.combine(writes, split).as(SplitCase::new)
                .map(c -> c.split().isPresent() && c.cacheWrites().isPresent() && c.split().get()[0] % 2 == 0
                        && Long.MAX_VALUE - c.split().get()[0] >= c.split().get()[1]
                        ? new SplitCase(OptionalLong.of(c.split().get()[0] + c.split().get()[1]), c.split())
                        : c);
    }

    @Provide
    Arbitrary<BilledCase> billed() {
        Arbitrary<Double> count = Arbitraries.oneOf(Arbitraries.of(0.0, 1.0, 9007199254740992.0),
                Arbitraries.integers().between(0, 1000).map(Integer::doubleValue));
        Arbitrary<Optional<double[]>> pair = Combinators.combine(count, count).as((a, b) -> new double[] {a, b})
                .optional(0.85);
        return Combinators.combine(pair, pair).as(BilledCase::new);
    }
}
