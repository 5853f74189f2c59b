package dev.usageschema.examples.sum;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.StreamStyle;
import dev.usageschema.Validated;
import dev.usageschema.examples.json.ImmutableCostedUsage;
import dev.usageschema.sum.Total;
import dev.usageschema.sum.UsageStream;
import dev.usageschema.sum.UsageTotal;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code @Addable(nulls = ADDS_NOTHING)}: a {@code null} beside a number adds nothing, in every way of adding. */
class NullsAddNothingTest {

    /** A usage with the cost and cached count given as {@code null} (a null argument), absent (an empty one) or a value. */
    private static ImmutableUpstreamCostUsage usage(Optional<String> cost, OptionalLong cached) {
        return ImmutableUpstreamCostUsage.builder().tokens(1)
                .upstreamInferenceCost(cost == null ? null : cost.map(BigDecimal::new)).cachedTokens(cached).build();
    }

    private static ImmutableUpstreamCostUsage cost(String cost) {
        return usage(cost == null ? null : Optional.of(cost), OptionalLong.empty());
    }

    private static ImmutableUpstreamCostUsage absent() {
        return usage(Optional.empty(), OptionalLong.empty());
    }

    @Test
    void nullPlusANumberIsTheNumberInEitherOrder() {
        assertThat(cost(null).plus(cost("0.0012")).upstreamInferenceCost()).hasValue(new BigDecimal("0.0012"));
        assertThat(cost("0.0012").plus(cost(null)).upstreamInferenceCost()).hasValue(new BigDecimal("0.0012"));
        assertThat(usage(Optional.empty(), null).plus(usage(Optional.empty(), OptionalLong.of(3))).cachedTokens())
                .isEqualTo(OptionalLong.of(3));
        assertThat(usage(Optional.empty(), OptionalLong.of(3)).plus(usage(Optional.empty(), null)).cachedTokens())
                .isEqualTo(OptionalLong.of(3));
    }

    @Test
    void nullPlusNullOrAnAbsenceStaysNullAndAbsencesStayAbsent() {
        assertThat(cost(null).plus(cost(null)).upstreamInferenceCost()).isNull();
        assertThat(cost(null).plus(absent()).upstreamInferenceCost()).isNull();
        assertThat(absent().plus(cost(null)).upstreamInferenceCost()).isNull();
        assertThat(absent().plus(usage(Optional.empty(), null)).cachedTokens()).isNull();
        assertThat(absent().plus(absent()).upstreamInferenceCost()).isEmpty();
        assertThat(absent().plus(cost(null))).isEqualTo(cost(null).toBuilder().tokens(2).build());
    }

    @Test
    void totalsAndRunningTotalsAddTheNumbersAndSetNothingAside() {
        Total<UpstreamCostUsage, ImmutableUpstreamCostUsage> day = Stream.of(cost(null), cost("0.5"), cost(null), absent(),
                cost("0.25")).parallel().collect(ImmutableUpstreamCostUsage.adder().summing());
        UsageTotal<UpstreamCostUsage, ImmutableUpstreamCostUsage> running = ImmutableUpstreamCostUsage.adder().newTotal();
        running.add("a", cost("0.5"));
        running.add("b", cost(null));

        assertThat(day.rejectedCount()).isEqualTo(0);
        assertThat(day.sum().orElseThrow().upstreamInferenceCost()).hasValue(new BigDecimal("0.75"));
        assertThat(day.sum().orElseThrow().tokens()).isEqualTo(5);
        assertThat(running.total().sum().orElseThrow().upstreamInferenceCost()).hasValue(new BigDecimal("0.5"));
    }

    @Test
    void aDeltaStreamAddsTheChunksNumbersPastTheirNulls() {
        UsageStream<UpstreamCostUsage, ImmutableUpstreamCostUsage> stream =
                ImmutableUpstreamCostUsage.adder().newStream(StreamStyle.DELTA);
        stream.chunk(cost(null));
        stream.chunk(cost("0.125"));
        stream.chunk(cost(null));

        Validated<ImmutableUpstreamCostUsage> usage = stream.finish().allOrNothing();

        assertThat(usage.orElseThrow().upstreamInferenceCost()).hasValue(new BigDecimal("0.125"));
    }

    /** The default is unchanged: a null beside a number is NOT_ADDABLE, never taken for 0. */
    @Test
    void withoutItANullBesideANumberIsStillNotAddable() {
        ImmutableCostedUsage nullCredits = ImmutableCostedUsage.builder().tokens(1).credits(null).build();
        ImmutableCostedUsage twoCredits = ImmutableCostedUsage.builder().tokens(1).credits(BigDecimal.valueOf(2)).build();

        assertThat(nullCredits.tryPlus(twoCredits).violations().stream()
                .map(v -> v.rule() + " " + v.wirePath() + " " + v.message()).toList())
                .containsExactly("NOT_ADDABLE /1/credits credits is null in one value and a value in the other; a null"
                        + " count is never taken for 0");
    }
}
