package dev.usageschema.examples.paths;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.examples.EdgeCounts;
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
 * A sum whose parts lie two levels down and a total that lies in a nested object agree with a
 * plain oracle, on counts weighted toward the overflow edge.
 */
class PathRulesPropertyTest {

    record Case(long input, long output, long billed, long audio, OptionalLong text, OptionalLong modalityTotal) {
    }

    @Property(tries = 1000)
    void pathsAndNestedTotalsMatchTheOracle(@ForAll("cases") Case c) {
        var details = ImmutableInputDetails.builder().audio(ImmutableModality.builder().tokens(c.audio()).build());
        c.text().ifPresent(text -> details.text(ImmutableModality.builder().tokens(text).build()));
        var builder = ImmutableLayeredUsage.builder().inputTokens(c.input()).outputTokens(c.output())
                .inputDetails(details.build()).billing(ImmutableBilling.builder().billedTokens(c.billed()).build())
                .segments(List.of());
        c.modalityTotal().ifPresent(builder::modalityTokens);

        List<String> expected = new ArrayList<>();
        if (c.audio() > c.input()) {
            expected.add("AT_MOST /input_details/audio/tokens");
        }
        if (c.text().isPresent() && c.text().getAsLong() > c.input()) {
            expected.add("AT_MOST /input_details/text/tokens");
        }
        if (Long.MAX_VALUE - c.input() < c.output()) {
            expected.add("OVERFLOW /billing/billed_tokens");
        } else if (c.input() + c.output() != c.billed()) {
            expected.add("SUM /billing/billed_tokens");
        }
        if (c.text().isPresent()) {
            long text = c.text().getAsLong();
            if (Long.MAX_VALUE - c.audio() < text) {
                expected.add("OVERFLOW /modality_tokens");
            } else if (c.modalityTotal().isPresent() && c.audio() + text != c.modalityTotal().getAsLong()) {
                expected.add("SUM /modality_tokens");
            }
        } else if (c.modalityTotal().isPresent() && c.audio() > c.modalityTotal().getAsLong()) {
            // The text part is absent, so the sum is not checked; but no text can make up for audio above the total.
            expected.add("SUM /modality_tokens");
        }
        assertThat(builder.violations().stream().map(violation -> violation.rule() + " " + violation.wirePath())
                .toList()).containsExactlyElementsIn(expected);
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Long> count = EdgeCounts.counts();
        Arbitrary<OptionalLong> maybe = EdgeCounts.maybe();
        // Half the time, totals that are right, so that the valid side is reached as often as the invalid.
        return Combinators.combine(count, count, count, count, maybe, maybe).as(Case::new)
                .flatMap(c -> Arbitraries.of(true, false).map(fix -> fix ? fixed(c) : c));
    }

    private static Case fixed(Case c) {
        long billed = Long.MAX_VALUE - c.input() >= c.output() ? c.input() + c.output() : c.billed();
        OptionalLong total = c.text().isPresent() && Long.MAX_VALUE - c.audio() >= c.text().getAsLong()
                ? OptionalLong.of(c.audio() + c.text().getAsLong()) : c.modalityTotal();
        return new Case(c.input(), c.output(), billed, c.audio(), c.text(), total);
    }
}
