package dev.usageschema.benchmarks;

import dev.usageschema.UsageViolationException;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.benchmarks.autovalue.AutoValueCompletionDetails;
import dev.usageschema.benchmarks.autovalue.AutoValuePromptDetails;
import dev.usageschema.benchmarks.autovalue.AutoValueUsage;
import dev.usageschema.benchmarks.bean.CompletionDetailsBean;
import dev.usageschema.benchmarks.bean.PromptDetailsBean;
import dev.usageschema.benchmarks.bean.UsageBean;
import dev.usageschema.benchmarks.handwritten.HandWrittenCompletionDetails;
import dev.usageschema.benchmarks.handwritten.HandWrittenPromptDetails;
import dev.usageschema.benchmarks.handwritten.HandWrittenUsage;
import dev.usageschema.benchmarks.immutables.ImmutableImmutablesCompletionDetails;
import dev.usageschema.benchmarks.immutables.ImmutableImmutablesPromptDetails;
import dev.usageschema.benchmarks.immutables.ImmutableImmutablesUsage;
import dev.usageschema.benchmarks.immutables.ImmutablesUsage;
import dev.usageschema.benchmarks.schema.ImmutableBenchCompletionDetails;
import dev.usageschema.benchmarks.schema.ImmutableBenchPromptDetails;
import dev.usageschema.benchmarks.schema.ImmutableBenchUsage;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
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
 * Building one checked value of the shape (prompt, completion, a total that is their sum, prompt
 * details {cached, audio} within the prompt, completion details {reasoning} within the
 * completion), each way, in one run so that the ratios between them hold on whatever machine runs
 * them. Every operation builds the whole value, details included, and checks it.
 *
 * <p>Three questions, one prefix each: {@code valid*} builds a valid value; {@code invalid*}
 * lists every violation of an invalid one without throwing; {@code throwing*} calls the throwing
 * build of an invalid one and returns what it threw. The invalid value has two errors: a total that
 * is not the sum (seed 003's numbers) and cached tokens above the prompt. Inputs live in fields so
 * that the JIT cannot fold them. Run with {@code -prof gc} for the bytes allocated per operation.
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
    long cached = 1_024;
    long audio = 0;
    long reasoning = 2_048;
    long wrongTotal = 119_453;
    long cachedAbovePrompt = 703_733;

    private ValidatorFactory hibernateFactory;
    private Validator hibernate;
    private io.avaje.validation.Validator avaje;

    @Setup(Level.Trial)
    public void startValidators() {
        hibernateFactory = Validation.buildDefaultValidatorFactory();
        hibernate = hibernateFactory.getValidator();
        avaje = io.avaje.validation.Validator.builder().build();
    }

    @TearDown(Level.Trial)
    public void stopValidators() {
        hibernateFactory.close();
    }

    // ---- a valid value

    @Benchmark
    public HandWrittenUsage validHandWritten() {
        return handWritten(total, cached).build();
    }

    @Benchmark
    public ImmutablesUsage validImmutables() {
        return immutables(total, cached).build();
    }

    @Benchmark
    public AutoValueUsage validAutoValue() {
        return autoValue(total, cached).build();
    }

    @Benchmark
    public ImmutableBenchUsage validUsageSchema() {
        return usageSchema(total, cached).build();
    }

    @Benchmark
    public Set<io.avaje.validation.ConstraintViolation> validAvajeValidator() {
        return avaje.check(bean(total, cached));
    }

    @Benchmark
    public Set<ConstraintViolation<UsageBean>> validHibernateValidator() {
        return hibernate.validate(bean(total, cached));
    }

    /** The generated model, built and then validated through Hibernate Validator (its {@code @ValidUsage}). */
    @Benchmark
    public Set<ConstraintViolation<ImmutableBenchUsage>> validUsageSchemaThroughHibernateValidator() {
        return hibernate.validate(usageSchema(total, cached).build());
    }

    // ---- an invalid value: every violation listed, nothing thrown

    @Benchmark
    public List<String> invalidHandWrittenProblems() {
        return handWritten(wrongTotal, cachedAbovePrompt).problems();
    }

    @Benchmark
    public Validated<ImmutableBenchUsage> invalidUsageSchemaTryBuild() {
        return usageSchema(wrongTotal, cachedAbovePrompt).tryBuild();
    }

    /**
     * The same, with every violation's message read: a violation writes its words when first read,
     * so this is what a caller pays who logs them.
     */
    @Benchmark
    public List<String> invalidUsageSchemaTryBuildMessages() {
        List<Violation> violations = usageSchema(wrongTotal, cachedAbovePrompt).tryBuild().violations();
        List<String> messages = new ArrayList<>(violations.size());
        for (Violation violation : violations) {
            messages.add(violation.message());
        }
        return messages;
    }

    @Benchmark
    public Set<io.avaje.validation.ConstraintViolation> invalidAvajeValidator() {
        return avaje.check(bean(wrongTotal, cachedAbovePrompt));
    }

    @Benchmark
    public Set<ConstraintViolation<UsageBean>> invalidHibernateValidator() {
        return hibernate.validate(bean(wrongTotal, cachedAbovePrompt));
    }

    // ---- an invalid value: the throwing build, its exception caught and returned

    @Benchmark
    public IllegalArgumentException throwingHandWritten() {
        try {
            handWritten(wrongTotal, cachedAbovePrompt).build();
            throw new AssertionError("the invalid value was built");
        } catch (IllegalArgumentException e) {
            return e;
        }
    }

    @Benchmark
    public UsageViolationException throwingUsageSchema() {
        try {
            usageSchema(wrongTotal, cachedAbovePrompt).build();
            throw new AssertionError("the invalid value was built");
        } catch (UsageViolationException e) {
            return e;
        }
    }

    @Benchmark
    public IllegalStateException throwingImmutables() {
        try {
            immutables(wrongTotal, cachedAbovePrompt).build();
            throw new AssertionError("the invalid value was built");
        } catch (IllegalStateException e) {
            return e;
        }
    }

    @Benchmark
    public IllegalStateException throwingAutoValue() {
        try {
            autoValue(wrongTotal, cachedAbovePrompt).build();
            throw new AssertionError("the invalid value was built");
        } catch (IllegalStateException e) {
            return e;
        }
    }

    // ---- the same value, each way; details built (and checked) first, as a reader would

    private HandWrittenUsage.Builder handWritten(long totalTokens, long cachedTokens) {
        return HandWrittenUsage.builder()
                .promptTokens(prompt).completionTokens(completion).totalTokens(totalTokens)
                .promptTokensDetails(HandWrittenPromptDetails.builder().cachedTokens(cachedTokens).audioTokens(audio).build())
                .completionTokensDetails(HandWrittenCompletionDetails.builder().reasoningTokens(reasoning).build());
    }

    private ImmutableImmutablesUsage.Builder immutables(long totalTokens, long cachedTokens) {
        return ImmutableImmutablesUsage.builder()
                .promptTokens(prompt).completionTokens(completion).totalTokens(totalTokens)
                .promptTokensDetails(ImmutableImmutablesPromptDetails.builder().cachedTokens(cachedTokens).audioTokens(audio).build())
                .completionTokensDetails(ImmutableImmutablesCompletionDetails.builder().reasoningTokens(reasoning).build());
    }

    private AutoValueUsage.Builder autoValue(long totalTokens, long cachedTokens) {
        return AutoValueUsage.builder()
                .promptTokens(prompt).completionTokens(completion).totalTokens(totalTokens)
                .promptTokensDetails(AutoValuePromptDetails.builder().cachedTokens(cachedTokens).audioTokens(audio).build())
                .completionTokensDetails(AutoValueCompletionDetails.builder().reasoningTokens(reasoning).build());
    }

    private ImmutableBenchUsage.Builder usageSchema(long totalTokens, long cachedTokens) {
        return ImmutableBenchUsage.builder()
                .promptTokens(prompt).completionTokens(completion).totalTokens(totalTokens)
                .promptTokensDetails(ImmutableBenchPromptDetails.builder().cachedTokens(cachedTokens).audioTokens(audio).build())
                .completionTokensDetails(ImmutableBenchCompletionDetails.builder().reasoningTokens(reasoning).build());
    }

    private UsageBean bean(long totalTokens, long cachedTokens) {
        return new UsageBean(prompt, completion, totalTokens,
                new PromptDetailsBean(cachedTokens, audio), new CompletionDetailsBean(reasoning));
    }
}
