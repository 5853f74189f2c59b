package dev.usageschema.examples;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Violation;
import dev.usageschema.examples.providers.BedrockCacheDetail;
import dev.usageschema.examples.providers.ImmutableBedrockTokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A sum over a list agrees with a plain oracle: Bedrock's cache details add up to its cache writes,
 * on random lists weighted toward the edges (negative entries, {@code Integer.MAX_VALUE}, empty and
 * absent lists), whose elements are hand-written values the model converts.
 */
class ListSumsPropertyTest {

    /** A hand-written cache detail, converted by the model; a negative count makes it invalid. */
    record Detail(int inputTokens, String ttl) implements BedrockCacheDetail {
    }

    record Case(Optional<List<Integer>> details, Integer cacheWrite) {
    }

    @Property(tries = 1000)
    void listSumsMatchTheOracle(@ForAll("cases") Case c) {
        var builder = ImmutableBedrockTokenUsage.builder()
                .inputTokens(1).outputTokens(1).cacheReadInputTokens(null).cacheWriteInputTokens(c.cacheWrite())
                .totalTokens(2L + (c.cacheWrite() == null ? 0 : c.cacheWrite()));
        c.details().ifPresent(values -> builder.cacheDetails(
                values.stream().map(value -> (BedrockCacheDetail) new Detail(value, "5m")).toList()));

        assertThat(describe(builder.violations())).containsExactlyElementsIn(oracle(c));
    }

    private static List<String> oracle(Case c) {
        List<String> expected = new ArrayList<>();
        if (c.details().isEmpty()) {
            return expected;
        }
        List<Integer> values = c.details().get();
        long sum = 0;
        boolean allValid = true;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) < 0) {
                expected.add("NON_NEGATIVE /cacheDetails/" + i + "/inputTokens");
                allValid = false;
            }
            sum += values.get(i);
        }
        if (allValid && c.cacheWrite() != null && sum != c.cacheWrite()) {
            expected.add("SUM /cacheWriteInputTokens");
        }
        return expected;
    }

    private static List<String> describe(List<Violation> violations) {
        return violations.stream().map(violation -> violation.rule() + " " + violation.wirePath()).toList();
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Integer> entry = Arbitraries.oneOf(
                Arbitraries.of(-1, 0, 1, Integer.MAX_VALUE, Integer.MAX_VALUE - 1),
                Arbitraries.integers().between(-5, 1_000_000));
        Arbitrary<Optional<List<Integer>>> details = entry.list().ofMaxSize(5).optional(0.8);
        return Combinators.combine(details, Arbitraries.integers().between(0, Integer.MAX_VALUE - 2).injectNull(0.1))
                .as(Case::new)
                .map(c -> c.details().isPresent() && c.cacheWrite() != null && c.details().get().hashCode() % 2 == 0
                        ? new Case(c.details(), exactSumOrZero(c.details().get()))
                        : c);
    }

    /** The exact sum where it fits the cache-write count, so that valid cases are common. */
    private static Integer exactSumOrZero(List<Integer> values) {
        long sum = values.stream().mapToLong(Integer::longValue).sum();
        return sum >= 0 && sum <= Integer.MAX_VALUE - 2 ? (int) sum : 0;
    }
}
