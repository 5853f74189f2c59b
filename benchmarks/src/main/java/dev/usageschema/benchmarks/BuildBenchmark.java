package dev.usageschema.benchmarks;

import dev.usageschema.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building one checked value of the shape, valid and invalid, each way. Inputs live in fields so
 * that the JIT cannot fold them. Run with {@code -prof gc} to see bytes allocated per operation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BuildBenchmark {

    long prompt = 703_732;
    long completion = 394_512;
    long total = 1_098_244;
    long wrongTotal = 119_453;
    long cached = 1_000;

    private ValidatorFactory factory;
    private Validator validator;

    @Setup(Level.Trial)
    public void startHibernateValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @TearDown(Level.Trial)
    public void stopHibernateValidator() {
        factory.close();
    }

    @Benchmark
    public BenchUsage usageSchema() {
        return ImmutableBenchUsage.builder()
                .promptTokens(prompt).completionTokens(completion).totalTokens(total).cachedTokens(cached)
                .build();
    }

    @Benchmark
    public HandWrittenUsage handWritten() {
        return HandWrittenUsage.builder()
                .promptTokens(prompt).completionTokens(completion).totalTokens(total).cachedTokens(cached)
                .build();
    }

    @Benchmark
    public ImmutablesUsage immutables() {
        return ImmutableImmutablesUsage.builder()
                .promptTokens(prompt).completionTokens(completion).totalTokens(total).cachedTokens(cached)
                .build();
    }

    @Benchmark
    public AutoValueUsage autoValue() {
        return AutoValueUsage.builder()
                .promptTokens(prompt).completionTokens(completion).totalTokens(total).cachedTokens(cached)
                .build();
    }

    @Benchmark
    public Set<ConstraintViolation<ValidatedBean>> hibernateValidator() {
        return validator.validate(new ValidatedBean(prompt, completion, total, cached));
    }

    @Benchmark
    public List<Violation> usageSchemaInvalidWithoutThrowing() {
        return ImmutableBenchUsage.builder()
                .promptTokens(prompt).completionTokens(completion).totalTokens(wrongTotal).cachedTokens(cached)
                .violations();
    }

    @Benchmark
    public List<String> handWrittenInvalidWithoutThrowing() {
        return HandWrittenUsage.builder()
                .promptTokens(prompt).completionTokens(completion).totalTokens(wrongTotal).cachedTokens(cached)
                .problems();
    }

    @Benchmark
    public Set<ConstraintViolation<ValidatedBean>> hibernateValidatorInvalid() {
        return validator.validate(new ValidatedBean(prompt, completion, wrongTotal, cached));
    }
}
