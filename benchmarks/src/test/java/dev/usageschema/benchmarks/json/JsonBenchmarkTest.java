package dev.usageschema.benchmarks.json;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every way reads the same usage and writes the same bytes, so that the benchmark compares like with like. */
class JsonBenchmarkTest {

    private final JsonBenchmark benchmark = new JsonBenchmark();
    private final String usage = new String(JsonBenchmark.USAGE, StandardCharsets.UTF_8);

    @Test
    void everyReadGivesTheSameCounts() {
        assertThat(benchmark.read2Record().totalTokens()).isEqualTo(1_098_244);
        assertThat(benchmark.read3Record().promptTokensDetails().cachedTokens()).isEqualTo(1024);
        assertThat(benchmark.read2Direct().orElseThrow().totalTokens()).isEqualTo(1_098_244);
        assertThat(benchmark.read3Direct().orElseThrow().completionTokensDetails().orElseThrow().reasoningTokens())
                .hasValue(2048);
        assertThat(benchmark.read2HandStreaming().usage().completionTokensDetails().orElseThrow().reasoningTokens())
                .hasValue(2048);
        assertThat(benchmark.read2HandStreaming().problems()).isEmpty();
        assertThat(benchmark.read2DatabindModule().promptTokens()).isEqualTo(703_732);
        assertThat(benchmark.read3DatabindModule().completionTokens()).isEqualTo(394_512);
    }

    @Test
    void everyWriteGivesTheSameBytes() {
        assertThat(new String(benchmark.write2Record(), StandardCharsets.UTF_8)).isEqualTo(usage);
        assertThat(new String(benchmark.write3Record(), StandardCharsets.UTF_8)).isEqualTo(usage);
        assertThat(new String(benchmark.write2DatabindModule(), StandardCharsets.UTF_8)).isEqualTo(usage);
        assertThat(new String(benchmark.write3DatabindModule(), StandardCharsets.UTF_8)).isEqualTo(usage);
    }
}
