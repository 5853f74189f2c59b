package dev.usageschema.benchmarks.json;

import dev.usageschema.Validated;
import dev.usageschema.benchmarks.schema.BenchUsage;
import dev.usageschema.benchmarks.schema.ImmutableBenchUsage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * One OpenAI-style usage object with both details, the same bytes for every way: read into the
 * generated model with every check (the direct API, and databind with the module), against Jackson
 * databind reading the same JSON into plain records with no checks; and written back, the same
 * comparison. Each Jackson major in its own benchmarks; JMH forks per benchmark, so each runs with
 * one major's adapter, as an application does. Run with {@code -prof gc} for the bytes per operation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JsonBenchmark {

    static final byte[] USAGE = ("{\"prompt_tokens\":703732,\"completion_tokens\":394512,\"total_tokens\":1098244,"
            + "\"prompt_tokens_details\":{\"cached_tokens\":1024,\"audio_tokens\":0},"
            + "\"completion_tokens_details\":{\"reasoning_tokens\":2048}}").getBytes(StandardCharsets.UTF_8);

    private final com.fasterxml.jackson.databind.ObjectMapper databind2 = new com.fasterxml.jackson.databind.ObjectMapper();
    private final com.fasterxml.jackson.databind.ObjectMapper databind2WithModule =
            com.fasterxml.jackson.databind.json.JsonMapper.builder()
                    .addModule(dev.usageschema.jackson2.UsageSchemaModule.of(ImmutableBenchUsage.jsonSchema()))
                    .build();
    private final dev.usageschema.jackson2.UsageJson direct2 = dev.usageschema.jackson2.UsageJson.standard();

    private final tools.jackson.databind.ObjectMapper databind3 = new tools.jackson.databind.ObjectMapper();
    private final tools.jackson.databind.ObjectMapper databind3WithModule = tools.jackson.databind.json.JsonMapper
            .builder().addModule(dev.usageschema.jackson3.UsageSchemaModule.of(ImmutableBenchUsage.jsonSchema()))
            .build();
    private final dev.usageschema.jackson3.UsageJson direct3 = dev.usageschema.jackson3.UsageJson.standard();

    private final UsageRecord record = read2Record();
    private final ImmutableBenchUsage model = direct2.read(USAGE, ImmutableBenchUsage.jsonSchema());

    private final HandStreamingReader handStreaming = new HandStreamingReader();

    private final com.fasterxml.jackson.core.JsonFactory parser2 = new com.fasterxml.jackson.core.JsonFactory();
    private final tools.jackson.core.json.JsonFactory parser3 = new tools.jackson.core.json.JsonFactory();

    // ---- Jackson 2

    /** The floor: every token of the document and every number's value, with nothing built. */
    @Benchmark
    public long read2Tokens() {
        try (com.fasterxml.jackson.core.JsonParser parser = parser2.createParser(USAGE)) {
            long sum = 0;
            for (com.fasterxml.jackson.core.JsonToken token = parser.nextToken(); token != null;
                    token = parser.nextToken()) {
                sum += token == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT ? parser.getLongValue()
                        : token == com.fasterxml.jackson.core.JsonToken.FIELD_NAME ? parser.currentName().length() : 0;
            }
            return sum;
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
    }

    @Benchmark
    public UsageRecord read2Record() {
        try {
            return databind2.readValue(USAGE, UsageRecord.class);
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
    }

    /** The hand-written floor with checks: jackson-core's parser into the hand-written builders. */
    @Benchmark
    public HandStreamingReader.Outcome read2HandStreaming() {
        return handStreaming.read(USAGE);
    }

    @Benchmark
    public Validated<ImmutableBenchUsage> read2Direct() {
        return direct2.tryRead(USAGE, ImmutableBenchUsage.jsonSchema());
    }

    @Benchmark
    public BenchUsage read2DatabindModule() {
        try {
            return databind2WithModule.readValue(USAGE, BenchUsage.class);
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
    }

    @Benchmark
    public byte[] write2Record() {
        try {
            return databind2.writeValueAsBytes(record);
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
    }

    @Benchmark
    public byte[] write2DatabindModule() {
        try {
            return databind2WithModule.writeValueAsBytes(model);
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
    }

    // ---- Jackson 3

    /** The floor: every token of the document and every number's value, with nothing built. */
    @Benchmark
    public long read3Tokens() {
        try (tools.jackson.core.JsonParser parser = parser3.createParser(
                tools.jackson.core.ObjectReadContext.empty(), USAGE)) {
            long sum = 0;
            for (tools.jackson.core.JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                sum += token == tools.jackson.core.JsonToken.VALUE_NUMBER_INT ? parser.getLongValue()
                        : token == tools.jackson.core.JsonToken.PROPERTY_NAME ? parser.currentName().length() : 0;
            }
            return sum;
        }
    }

    @Benchmark
    public UsageRecord read3Record() {
        return databind3.readValue(USAGE, UsageRecord.class);
    }

    @Benchmark
    public Validated<ImmutableBenchUsage> read3Direct() {
        return direct3.tryRead(USAGE, ImmutableBenchUsage.jsonSchema());
    }

    @Benchmark
    public BenchUsage read3DatabindModule() {
        return databind3WithModule.readValue(USAGE, BenchUsage.class);
    }

    @Benchmark
    public byte[] write3Record() {
        return databind3.writeValueAsBytes(record);
    }

    @Benchmark
    public byte[] write3DatabindModule() {
        return databind3WithModule.writeValueAsBytes(model);
    }
}
