package dev.usageschema.benchmarks.sum;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.benchmarks.handwritten.HandWrittenUsage;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Every way of the sum benchmark adds the same counts. */
class SumBenchmarkTest {

    @Test
    void everyWayAddsTheSameCounts() {
        SumBenchmark benchmark = new SumBenchmark();
        HandWrittenUsage hand = benchmark.handWrittenPlus();
        ImmutableSumUsage generated = benchmark.usageSchemaPlus();

        assertThat(generated).isEqualTo(benchmark.usageSchemaTryPlus().orElseThrow());
        assertThat(generated.totalTokens()).isEqualTo(hand.totalTokens());
        assertThat(generated.totalTokens()).isEqualTo(1_103_244);
        assertThat(generated.promptTokensDetails().orElseThrow().cachedTokens()).isEqualTo(OptionalLong.of(2048));
        assertThat(hand.promptTokensDetails().orElseThrow().cachedTokens()).isEqualTo(OptionalLong.of(2048));
        assertThat(generated.completionTokensDetails().orElseThrow().reasoningTokens())
                .isEqualTo(hand.completionTokensDetails().orElseThrow().reasoningTokens());
    }
}
