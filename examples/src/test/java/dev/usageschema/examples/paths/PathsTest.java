package dev.usageschema.examples.paths;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Rule;
import dev.usageschema.Violation;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Rules whose counts lie two levels down, a total in a nested object, and a bound on one count of each element. */
class PathsTest {

    private static Modality modality(long tokens) {
        return ImmutableModality.builder().tokens(tokens).build();
    }

    private static ImmutableLayeredUsage.Builder usage() {
        return ImmutableLayeredUsage.builder().inputTokens(10).outputTokens(20)
                .inputDetails(ImmutableInputDetails.builder().audio(modality(4)).text(modality(6)).build())
                .billing(ImmutableBilling.builder().billedTokens(30).build())
                .segments(List.of(ImmutableSegment.builder().tokens(20).characters(90).build()));
    }

    private static Violation only(List<Violation> violations) {
        assertThat(violations).hasSize(1);
        return violations.get(0);
    }

    @Test
    void aValueThatKeepsEveryRuleBuilds() {
        ImmutableLayeredUsage built = usage().modalityTokens(10).audioReplayTokens(4).build();

        assertThat(built.modalityTokens()).isEqualTo(OptionalLong.of(10));
        assertThat(built.violations()).isEmpty();
    }

    @Test
    void aSumOfCountsTwoLevelsDownIsCheckedAtTheTotal() {
        Violation violation = only(usage().modalityTokens(11).violations());

        assertThat(violation.rule()).isEqualTo(Rule.SUM);
        assertThat(violation.wirePath()).isEqualTo("/modality_tokens");
        assertThat(violation.message())
                .isEqualTo("inputDetails.audio.tokens 4 + inputDetails.text.tokens 6 != modalityTokens 11");
    }

    @Test
    void anAbsentObjectOnTheWayMakesThePartAbsent() {
        ImmutableInputDetails audioOnly = ImmutableInputDetails.builder().audio(modality(4)).build();

        assertThat(usage().inputDetails(audioOnly).modalityTokens(999).violations()).isEmpty();
    }

    @Test
    void aTotalInANestedObjectIsReportedAtItsOwnPath() {
        Violation violation = only(usage().billing(ImmutableBilling.builder().billedTokens(31).build()).violations());

        assertThat(violation.rule()).isEqualTo(Rule.SUM);
        assertThat(violation.wirePath()).isEqualTo("/billing/billed_tokens");
        assertThat(violation.propertyPath()).isEqualTo("billing.billedTokens");
        assertThat(violation.message()).isEqualTo("inputTokens 10 + outputTokens 20 != billing.billedTokens 31");
    }

    @Test
    void aBoundTwoLevelsDownBoundsTheCount() {
        Violation violation = only(usage().audioReplayTokens(5).violations());

        assertThat(violation.rule()).isEqualTo(Rule.AT_MOST);
        assertThat(violation.wirePath()).isEqualTo("/audio_replay_tokens");
        assertThat(violation.message()).isEqualTo("audioReplayTokens 5 > inputDetails.audio.tokens 4");
    }

    @Test
    void aBoundOnACountTwoLevelsDownBoundsOnlyThatCount() {
        InputDetails output = ImmutableInputDetails.builder().audio(modality(21)).text(modality(500)).build();

        Violation violation = only(usage().outputDetails(output).violations());

        assertThat(violation.wirePath()).isEqualTo("/output_details/audio/tokens");
        assertThat(violation.propertyPath()).isEqualTo("outputDetails.audio.tokens");
        assertThat(violation.message()).isEqualTo("outputDetails.audio.tokens 21 > outputTokens 20");
    }

    @Test
    void aBoundOnOneCountOfAListChecksThatCountOfEveryElement() {
        List<Segment> segments = List.of(ImmutableSegment.builder().tokens(20).characters(900).build(),
                ImmutableSegment.builder().tokens(21).characters(5).build());

        Violation violation = only(usage().segments(segments).violations());

        assertThat(violation.rule()).isEqualTo(Rule.AT_MOST);
        assertThat(violation.wirePath()).isEqualTo("/segments/1/tokens");
        assertThat(violation.propertyPath()).isEqualTo("segments[1].tokens");
        assertThat(violation.message()).isEqualTo("tokens 21 > outputTokens 20");
    }

    /** An implementation of the application's own, every nested object of its own kind too. */
    record HandWritten(long inputTokens, long outputTokens, InputDetails inputDetails, Billing billing,
            OptionalLong modalityTokens, OptionalLong audioReplayTokens, Optional<InputDetails> outputDetails,
            List<Segment> segments) implements LayeredUsage {
    }

    record HandWrittenSegment(long tokens, long characters) implements Segment {
    }

    record HandWrittenModality(long tokens, OptionalLong cachedTokens) implements Modality {
    }

    @Test
    void checkJudgesAHandWrittenImplementationThroughEveryPath() {
        InputDetails details = new InputDetails() {
            @Override
            public Modality audio() {
                return new HandWrittenModality(4, OptionalLong.empty());
            }

            @Override
            public Optional<Modality> text() {
                return Optional.of(new HandWrittenModality(6, OptionalLong.of(1)));
            }
        };
        HandWritten usage = new HandWritten(10, 20, details, () -> 31, OptionalLong.of(11), OptionalLong.of(5),
                Optional.empty(), List.of(new HandWrittenSegment(21, 0)));

        assertThat(ImmutableLayeredUsage.check(usage).stream().map(v -> v.rule() + " " + v.wirePath()).toList())
                .containsExactly("SUM /billing/billed_tokens", "SUM /modality_tokens", "AT_MOST /audio_replay_tokens",
                        "AT_MOST /segments/0/tokens");
    }

    @Test
    void aRejectedObjectOnTheWayIsReportedOnceAndItsCountsAreNotAdded() {
        // Another implementation, whose audio breaks its own rule: it is rejected where it stands,
        // and the sum that reaches through it is skipped rather than computed from a wrong count.
        Modality broken = new Modality() {
            @Override
            public long tokens() {
                return 4;
            }

            @Override
            public OptionalLong cachedTokens() {
                return OptionalLong.of(5);
            }
        };
        InputDetails details = new InputDetails() {
            @Override
            public Modality audio() {
                return broken;
            }

            @Override
            public Optional<Modality> text() {
                return Optional.of(modality(6));
            }
        };

        Violation violation = only(usage().inputDetails(details).modalityTokens(999).audioReplayTokens(999)
                .violations());

        assertThat(violation.wirePath()).isEqualTo("/input_details/audio/cached_tokens");
        assertThat(violation.rule()).isEqualTo(Rule.AT_MOST);
    }
}
