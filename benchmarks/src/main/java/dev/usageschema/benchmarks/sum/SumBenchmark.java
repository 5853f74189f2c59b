package dev.usageschema.benchmarks.sum;

import dev.usageschema.Validated;
import dev.usageschema.benchmarks.handwritten.HandWrittenCompletionDetails;
import dev.usageschema.benchmarks.handwritten.HandWrittenPromptDetails;
import dev.usageschema.benchmarks.handwritten.HandWrittenUsage;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Adding two usages with both details, every check run on the sum: the generated {@code plus} and
 * {@code tryPlus} against {@link HandWrittenSums}. Run with {@code -prof gc} for the bytes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SumBenchmark {

    final ImmutableSumUsage first = ImmutableSumUsage.builder().promptTokens(703_732).completionTokens(394_512)
            .totalTokens(1_098_244).promptTokensDetails(ImmutableSumPromptDetails.builder().cachedTokens(1024)
                    .audioTokens(0).build())
            .completionTokensDetails(ImmutableSumCompletionDetails.builder().reasoningTokens(2048).build()).build();
    final ImmutableSumUsage second = first.toBuilder().promptTokens(2_000).completionTokens(3_000).totalTokens(5_000)
            .build();

    final HandWrittenUsage handFirst = HandWrittenUsage.builder().promptTokens(703_732).completionTokens(394_512)
            .totalTokens(1_098_244).promptTokensDetails(HandWrittenPromptDetails.builder().cachedTokens(1024)
                    .audioTokens(0).build())
            .completionTokensDetails(HandWrittenCompletionDetails.builder().reasoningTokens(2048).build()).build();
    final HandWrittenUsage handSecond = HandWrittenUsage.builder().promptTokens(2_000).completionTokens(3_000)
            .totalTokens(5_000).promptTokensDetails(HandWrittenPromptDetails.builder().cachedTokens(1024)
                    .audioTokens(0).build())
            .completionTokensDetails(HandWrittenCompletionDetails.builder().reasoningTokens(2048).build()).build();

    @Benchmark
    public HandWrittenUsage handWrittenPlus() {
        return HandWrittenSums.plus(handFirst, handSecond);
    }

    @Benchmark
    public ImmutableSumUsage usageSchemaPlus() {
        return first.plus(second);
    }

    @Benchmark
    public Validated<ImmutableSumUsage> usageSchemaTryPlus() {
        return first.tryPlus(second);
    }
}
