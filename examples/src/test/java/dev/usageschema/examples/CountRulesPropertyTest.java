package dev.usageschema.examples;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Violation;
import dev.usageschema.examples.providers.ImmutableOpenAiChatUsage;
import dev.usageschema.examples.providers.ImmutableOpenAiPromptDetails;
import dev.usageschema.examples.seeds.seed001.ImmutableStreamedCompletionsResultUsage;
import dev.usageschema.examples.seeds.seed004.ImmutableCompletionUsage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The generated checks agree with a plain oracle written from the rules' definitions, on random
 * values weighted toward the edges: zero, negatives, {@code Long.MAX_VALUE}, 2^53.
 */
class CountRulesPropertyTest {

    private static final double TWO_TO_53 = 9007199254740992.0;

    record LongCase(long prompt, long completion, long total, OptionalLong cached) {
    }

    record DoubleCase(double prompt, double completion, double total) {
    }

    record PartlyGivenCase(OptionalLong prompt, OptionalLong completion, OptionalLong total) {
    }

    @Property(tries = 2000)
    void longCountsMatchTheOracle(@ForAll("longCases") LongCase c) {
        var builder = ImmutableOpenAiChatUsage.builder()
                .promptTokens(c.prompt()).completionTokens(c.completion()).totalTokens(c.total());
        c.cached().ifPresent(cached -> builder.promptTokensDetails(
                ImmutableOpenAiPromptDetails.builder().cachedTokens(cached).build()));

        assertThat(describe(builder.violations())).containsExactlyElementsIn(longOracle(c)).inOrder();
    }

    @Property(tries = 2000)
    void floatingCountsMatchTheOracle(@ForAll("doubleCases") DoubleCase c) {
        var violations = ImmutableCompletionUsage.builder()
                .promptTokens(c.prompt()).completionTokens(c.completion()).totalTokens(c.total())
                .violations();

        assertThat(describe(violations)).containsExactlyElementsIn(doubleOracle(c)).inOrder();
    }

    @Property(tries = 2000)
    void partlyGivenCountsMatchTheOracle(@ForAll("partlyGivenCases") PartlyGivenCase c) {
        var builder = ImmutableStreamedCompletionsResultUsage.builder();
        c.prompt().ifPresent(builder::promptTokens);
        c.completion().ifPresent(builder::completionTokens);
        c.total().ifPresent(builder::totalTokens);

        assertThat(describe(builder.violations())).containsExactlyElementsIn(partlyGivenOracle(c)).inOrder();
    }

    /**
     * Seed 001's total is compared with its parts when both are given; while one is absent, the
     * total may still not be below the other, since no absent count can make up for it.
     */
    private static List<String> partlyGivenOracle(PartlyGivenCase c) {
        List<String> expected = new ArrayList<>();
        boolean promptValid = c.prompt().isEmpty() || c.prompt().getAsLong() >= 0;
        boolean completionValid = c.completion().isEmpty() || c.completion().getAsLong() >= 0;
        if (!promptValid) {
            expected.add("NON_NEGATIVE /prompt_tokens");
        }
        if (!completionValid) {
            expected.add("NON_NEGATIVE /completion_tokens");
        }
        if (c.total().isPresent() && c.total().getAsLong() < 0) {
            expected.add("NON_NEGATIVE /total_tokens");
            return expected;
        }
        if (!promptValid || !completionValid) {
            return expected;
        }
        BigInteger given = BigInteger.valueOf(c.prompt().orElse(0)).add(BigInteger.valueOf(c.completion().orElse(0)));
        boolean everyPartGiven = c.prompt().isPresent() && c.completion().isPresent();
        if (everyPartGiven && given.compareTo(BigInteger.valueOf(Long.MAX_VALUE)) > 0) {
            expected.add("OVERFLOW /total_tokens");
        } else if (c.total().isPresent() && (everyPartGiven
                ? given.longValueExact() != c.total().getAsLong()
                : given.longValueExact() > c.total().getAsLong())) {
            expected.add("SUM /total_tokens");
        }
        return expected;
    }

    private static List<String> longOracle(LongCase c) {
        List<String> expected = new ArrayList<>();
        if (c.prompt() < 0) {
            expected.add("NON_NEGATIVE /prompt_tokens");
        }
        if (c.completion() < 0) {
            expected.add("NON_NEGATIVE /completion_tokens");
        }
        if (c.total() < 0) {
            expected.add("NON_NEGATIVE /total_tokens");
        }
        if (c.prompt() >= 0 && c.completion() >= 0 && c.total() >= 0) {
            BigInteger sum = BigInteger.valueOf(c.prompt()).add(BigInteger.valueOf(c.completion()));
            if (sum.compareTo(BigInteger.valueOf(Long.MAX_VALUE)) > 0) {
                expected.add("OVERFLOW /total_tokens");
            } else if (sum.longValueExact() != c.total()) {
                expected.add("SUM /total_tokens");
            }
        }
        if (c.cached().isPresent() && c.prompt() >= 0 && c.cached().getAsLong() > c.prompt()) {
            expected.add("AT_MOST /prompt_tokens_details/cached_tokens");
        }
        // Violations come in property order: prompt, completion, total, then the details.
        expected.sort((a, b) -> Integer.compare(order(a), order(b)));
        return expected;
    }

    private static int order(String violation) {
        if (violation.endsWith("/prompt_tokens")) {
            return 0;
        }
        if (violation.endsWith("/completion_tokens")) {
            return 1;
        }
        return violation.endsWith("/total_tokens") ? 2 : 3;
    }

    private static List<String> doubleOracle(DoubleCase c) {
        List<String> expected = new ArrayList<>();
        String completion = countRule(c.completion());
        String prompt = countRule(c.prompt());
        String total = countRule(c.total());
        if (completion != null) {
            expected.add(completion + " /completionTokens");
        }
        if (prompt != null) {
            expected.add(prompt + " /promptTokens");
        }
        if (total != null) {
            expected.add(total + " /totalTokens");
        }
        if (completion == null && prompt == null && total == null
                && new BigDecimal(c.prompt()).add(new BigDecimal(c.completion())).compareTo(new BigDecimal(c.total())) != 0) {
            expected.add("SUM /totalTokens");
        }
        return expected;
    }

    /** The definition of a valid floating count, written independently of the runtime's checks. */
    private static String countRule(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "FINITE";
        }
        if (value < 0) {
            return "NON_NEGATIVE";
        }
        if (value % 1 != 0) {
            return "WHOLE_NUMBER";
        }
        return value > TWO_TO_53 ? "EXACT_RANGE" : null;
    }

    private static List<String> describe(List<Violation> violations) {
        return violations.stream().map(v -> v.rule() + " " + v.wirePath()).toList();
    }

    @Provide
    Arbitrary<LongCase> longCases() {
        Arbitrary<Long> counts = Arbitraries.oneOf(
                Arbitraries.longs().between(-3, 1000),
                Arbitraries.longs().between(Long.MAX_VALUE - 1000, Long.MAX_VALUE),
                Arbitraries.longs());
        Arbitrary<OptionalLong> cached = Arbitraries.oneOf(
                Arbitraries.just(OptionalLong.empty()),
                Arbitraries.longs().between(0, 1200).map(OptionalLong::of));
        return Combinators.combine(counts, counts, counts, cached, Arbitraries.integers().between(0, 2))
                .as((prompt, completion, total, cachedTokens, choice) -> {
                    // Two cases in three take the total that the parts imply, where it exists, so
                    // that valid values and near misses are both common.
                    long implied = prompt + completion;
                    boolean exact = prompt >= 0 && completion >= 0 && implied >= 0;
                    long chosen = !exact || choice == 0 ? total : choice == 1 ? implied : implied + 1;
                    return new LongCase(prompt, completion, chosen, cachedTokens);
                });
    }

    @Provide
    Arbitrary<PartlyGivenCase> partlyGivenCases() {
        Arbitrary<OptionalLong> counts = Arbitraries.oneOf(
                Arbitraries.longs().between(-3, 1000),
                Arbitraries.longs().between(Long.MAX_VALUE - 1000, Long.MAX_VALUE))
                .optional(0.7).map(count -> count.map(OptionalLong::of).orElse(OptionalLong.empty()));
        return Combinators.combine(counts, counts, counts, Arbitraries.integers().between(0, 2))
                .as((prompt, completion, total, choice) -> {
                    // Two cases in three take a total at the edge the given parts set: equal, or one below.
                    long given = prompt.orElse(0) + completion.orElse(0);
                    boolean exact = prompt.orElse(0) >= 0 && completion.orElse(0) >= 0 && given >= 0;
                    OptionalLong chosen = !exact || choice == 0 ? total : OptionalLong.of(choice == 1 ? given : given - 1);
                    return new PartlyGivenCase(prompt, completion, chosen);
                });
    }

    @Provide
    Arbitrary<DoubleCase> doubleCases() {
        Arbitrary<Double> counts = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 1000).map(Long::doubleValue),
                Arbitraries.longs().between((1L << 53) - 4, (1L << 53) + 4).map(Long::doubleValue),
                Arbitraries.doubles().between(-10, 1000).ofScale(1),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.5, 1e300));
        return Combinators.combine(counts, counts, counts, Arbitraries.integers().between(0, 1))
                .as((prompt, completion, total, choice) -> new DoubleCase(prompt, completion,
                        choice == 0 ? total : prompt + completion));
    }
}
