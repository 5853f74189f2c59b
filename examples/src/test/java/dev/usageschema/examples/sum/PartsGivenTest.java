package dev.usageschema.examples.sum;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.StreamStyle;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.examples.seeds.seed001.ImmutableStreamedCompletionsResultUsage;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * A total that a rule does not compare with its parts while one is absent ({@code SKIP_RULE}) may
 * still not be below the parts given: parts are never negative, so no absent part can make it add
 * up. Each way a value is made checks it: the builder, a JSON read in either Jackson major, an
 * addition and a stream.
 */
class PartsGivenTest {

    private static List<String> where(List<Violation> violations) {
        return violations.stream().map(violation -> violation.rule() + " " + violation.wirePath()).toList();
    }

    private static Violation only(List<Violation> violations) {
        assertThat(violations).hasSize(1);
        return violations.get(0);
    }

    @Test
    void aTotalBelowAGivenPartIsASumViolationWhileTheOtherPartIsAbsent() {
        Violation below = only(ImmutableStreamedCompletionsResultUsage.builder().promptTokens(5).totalTokens(3)
                .violations());

        assertThat(below.rule()).isEqualTo(Rule.SUM);
        assertThat(below.severity()).isEqualTo(Severity.ERROR);
        assertThat(below.wirePath()).isEqualTo("/total_tokens");
        assertThat(below.expected()).isEqualTo(">= 5");
        assertThat(below.message()).isEqualTo(
                "promptTokens 5 + completionTokens absent > totalTokens 3: the parts given add up to 5 already");
        assertThat(ImmutableStreamedCompletionsResultUsage.builder().completionTokens(4).totalTokens(3).violations())
                .hasSize(1);
    }

    @Test
    void aTotalAtLeastThePartsGivenIsStillSkippedUntilEveryPartIsGiven() {
        assertThat(ImmutableStreamedCompletionsResultUsage.builder().promptTokens(5).totalTokens(5).violations()).isEmpty();
        assertThat(ImmutableStreamedCompletionsResultUsage.builder().promptTokens(5).totalTokens(900).violations())
                .isEmpty();
        assertThat(ImmutableStreamedCompletionsResultUsage.builder().totalTokens(0).violations()).isEmpty();
    }

    @Test
    void thePartsGivenTogetherBoundTheTotalAndSoDoTheyForAnAtLeastTotal() {
        ImmutablePartlyGivenUsage.Builder usage = ImmutablePartlyGivenUsage.builder().input(3).output(4).billed(6);

        Violation billed = only(usage.violations());
        assertThat(billed.wirePath()).isEqualTo("/billed");
        assertThat(billed.message())
                .isEqualTo("input 3 + output 4 + reasoning absent > billed 6: the parts given add up to 7 already");
        assertThat(usage.billed(7).violations()).isEmpty();
    }

    @Test
    void theCountsThatAListsElementsGiveBoundTheirTotal() {
        ImmutablePartlyGivenUsage.Builder usage = ImmutablePartlyGivenUsage.builder().segments(List.of(
                ImmutablePartlyGivenUsage_Segment.builder().tokens(4).build(),
                ImmutablePartlyGivenUsage_Segment.builder().build()));

        Violation below = only(usage.segmentTokens(3).violations());
        assertThat(below.wirePath()).isEqualTo("/segmentTokens");
        assertThat(below.message())
                .isEqualTo("segments[].tokens absent > segmentTokens 3: the parts given add up to 4 already");
        assertThat(usage.segmentTokens(4).violations()).isEmpty();
    }

    @Test
    void theBoundHasTheRulesSeverity() {
        Validated<ImmutablePartlyGivenUsage> usage = ImmutablePartlyGivenUsage.builder().output(9).reported(2).tryBuild();

        assertThat(usage.isValid()).isTrue();
        assertThat(only(usage.violations()).severity()).isEqualTo(Severity.WARNING);
        assertThat(usage.violations().get(0).wirePath()).isEqualTo("/reported");
    }

    @Test
    void thePartsGivenOverflowingIsAnOverflowThoughAPartIsAbsent() {
        // Reasoning is absent from billed's parts; input + output overflow in every total of them.
        List<Violation> violations = ImmutablePartlyGivenUsage.builder().input(Long.MAX_VALUE).output(1)
                .billed(Long.MAX_VALUE).violations();

        assertThat(where(violations)).containsExactly("OVERFLOW /total", "OVERFLOW /billed", "OVERFLOW /reported");
        assertThat(violations.get(1).message()).isEqualTo("input " + Long.MAX_VALUE
                + " + output 1 + reasoning absent overflows a 64-bit count; billed cannot hold it");
    }

    @Test
    void aJsonReadRejectsItInEitherJacksonMajor() {
        String json = "{\"prompt_tokens\":5,\"total_tokens\":3}";
        var schema = ImmutableStreamedCompletionsResultUsage.jsonSchema();
        List<Validated<ImmutableStreamedCompletionsResultUsage>> reads = List.of(
                dev.usageschema.jackson2.UsageJson.standard().tryRead(json, schema),
                dev.usageschema.jackson3.UsageJson.standard().tryRead(json, schema));

        for (Validated<ImmutableStreamedCompletionsResultUsage> read : reads) {
            assertThat(read.isValid()).isFalse();
            assertThat(where(read.violations())).containsExactly("SUM /total_tokens");
        }
    }

    @Test
    void aSumOfValidValuesThatFallsBelowItsPartsGivenIsReported() {
        // Each value is valid alone: the second gives no total, so the sum keeps the first's.
        ImmutablePartlyReportedUsage first = ImmutablePartlyReportedUsage.builder().input(3).total(3).build();
        ImmutablePartlyReportedUsage second = ImmutablePartlyReportedUsage.builder().input(2).build();

        Validated<ImmutablePartlyReportedUsage> sum = first.tryPlus(second);

        assertThat(where(sum.violations())).containsExactly("SUM /1/total");
        assertThat(sum.violations().get(0).message()).isEqualTo(
                "input 5 + output absent > total 3: the parts given add up to 5 already");
    }

    @Test
    void anInvalidValueIsNeverAddedNorAnInvalidChunkStreamed() {
        ImmutablePartlyReportedUsage valid = ImmutablePartlyReportedUsage.builder().input(1).output(1).total(2).build();
        PartlyReportedUsage below = new PartlyReportedUsage() {
            public OptionalLong input() { return OptionalLong.of(5); }
            public OptionalLong output() { return OptionalLong.empty(); }
            public OptionalLong total() { return OptionalLong.of(3); }
        };

        assertThat(where(valid.tryPlus(below).violations())).containsExactly("SUM /1/total");
        assertThat(where(ImmutablePartlyReportedUsage.adder().newStream(StreamStyle.FINAL_ONLY).chunk(below).finish()
                .allOrNothing().violations())).containsExactly("SUM /0/total");
    }

    @Test
    void aCumulativeStreamWhoseChunksTogetherFallBelowThePartsGivenIsReported() {
        // The first chunk gives the input, the second a total below it: each alone is valid.
        Validated<ImmutablePartlyReportedUsage> usage = ImmutablePartlyReportedUsage.adder()
                .newStream(StreamStyle.CUMULATIVE)
                .chunk(ImmutablePartlyReportedUsage.builder().input(5).build())
                .chunk(ImmutablePartlyReportedUsage.builder().total(3).build())
                .finish().allOrNothing();

        assertThat(usage.isValid()).isFalse();
        assertThat(where(usage.violations())).containsExactly("SUM /1/total");
    }
}
