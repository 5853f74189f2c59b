package dev.usageschema.otel;

import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.canonical.CanonicalUsage;
import dev.usageschema.canonical.ImmutableCanonicalUsage;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.MeterBuilder;
import io.opentelemetry.api.trace.Span;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Records a canonical usage as OpenTelemetry telemetry, by the GenAI semantic conventions: its
 * counts as the span's {@code gen_ai.usage.*} attributes and as points of the {@code
 * gen_ai.client.token.usage} histogram, and its violations as the {@code usage_schema.violations}
 * counter and as events on the span.
 *
 * <pre>{@code
 * UsageTelemetry telemetry = UsageTelemetry.create(openTelemetry);     // once
 * GenAiCall call = GenAiCall.builder("chat", "anthropic").requestModel("claude-sonnet-4-5").build();
 * telemetry.record(Span.current(), usage.toCanonical(), call);         // per response
 * }</pre>
 *
 * <p>What is recorded:
 * <ul>
 *   <li>on the span, when it is recording: the call's attributes ({@link GenAiCall}); {@code
 *       gen_ai.usage.input_tokens}, every input token, the cache included; {@code
 *       gen_ai.usage.cache_read.input_tokens} and the cache-write count (named by the {@link
 *       GenAiConventions}) where the usage has them; {@code gen_ai.usage.output_tokens}, every output
 *       token, reasoning included; {@code gen_ai.usage.reasoning.output_tokens} where the usage has
 *       it; and an event {@value UsageSchemaAttributes#VIOLATION_EVENT} per violation, errors and
 *       warnings, with its rule, severity, path and message;</li>
 *   <li>on the token-usage histogram: one point of type {@code input} (the input tokens) and one of
 *       type {@code output} (the output tokens), never one of a total, so that its sum over the
 *       types is the call's tokens, each counted once;</li>
 *   <li>on the violations counter: 1 per violation, by rule, severity and provider.</li>
 * </ul>
 * An absent count is left out, never recorded as 0. A side (input or output) whose counts break one
 * of the canonical identities is recorded neither on the span nor on the histogram: its numbers
 * are the ones the identity says are wrong. A {@link Validated} that holds no value holds no
 * count, so only its violations are recorded. An embeddings operation records no output count,
 * which the conventions do not define for it. The span's status is left to the caller: a usage's
 * violations do not fail the call.
 *
 * <p>Thread-safe; make one per {@link OpenTelemetry} and share it. The attribute keys are
 * constants and the instruments are made here, once; recording a usage with no violation
 * allocates only what the OpenTelemetry API does.
 */
public final class UsageTelemetry {

    /** The instrumentation scope of the module's meter. */
    public static final String INSTRUMENTATION_SCOPE = "dev.usageschema.otel";

    private final GenAiConventions conventions;
    private final LongHistogram tokenUsage;
    private final LongCounter violations;

    private UsageTelemetry(OpenTelemetry openTelemetry, GenAiConventions conventions) {
        this.conventions = conventions;
        MeterBuilder builder = openTelemetry.meterBuilder(INSTRUMENTATION_SCOPE);
        conventions.schemaUrl().ifPresent(builder::setSchemaUrl);
        Meter meter = builder.build();
        tokenUsage = meter.histogramBuilder(GenAiAttributes.GEN_AI_CLIENT_TOKEN_USAGE)
                .setDescription("Number of input and output tokens used.")
                .setUnit(GenAiAttributes.TOKEN_UNIT)
                .ofLongs()
                .setExplicitBucketBoundariesAdvice(GenAiAttributes.TOKEN_USAGE_BUCKET_BOUNDARIES)
                .build();
        violations = meter.counterBuilder(UsageSchemaAttributes.VIOLATIONS)
                .setDescription("Violations of the usages that providers reported, by rule, severity and provider.")
                .setUnit(UsageSchemaAttributes.VIOLATION_UNIT)
                .build();
    }

    /**
     * {@return the telemetry of the conventions the process opts into} ({@link GenAiConventions#fromEnvironment()})
     * @param openTelemetry where the metrics go
     */
    public static UsageTelemetry create(OpenTelemetry openTelemetry) {
        return create(openTelemetry, GenAiConventions.fromEnvironment());
    }

    /**
     * {@return the telemetry of the given conventions}, whatever the environment says
     * @param openTelemetry where the metrics go
     * @param conventions   the names to record under
     */
    public static UsageTelemetry create(OpenTelemetry openTelemetry, GenAiConventions conventions) {
        return new UsageTelemetry(Objects.requireNonNull(openTelemetry, "openTelemetry"),
                Objects.requireNonNull(conventions, "conventions"));
    }

    /** {@return the conventions whose names this records} */
    public GenAiConventions conventions() {
        return conventions;
    }

    /**
     * Records a usage as {@code toCanonical()} or {@code tryBuild()} gives it: its counts when it holds
     * a value (its violations are then warnings), its violations in every case.
     *
     * @param span  the call's span ({@link Span#current()}, or {@link Span#getInvalid()} for the metrics alone)
     * @param usage the canonical usage, valid or not
     * @param call  the call's operation, provider and models
     */
    public void record(Span span, Validated<? extends CanonicalUsage> usage, GenAiCall call) {
        Objects.requireNonNull(usage, "usage");
        record(span, usage.isValid() ? usage.orElseThrow() : null, usage.violations(), 0, call);
    }

    /**
     * Records a canonical usage of any implementation, checked here by the canonical rules ({@link
     * ImmutableCanonicalUsage#check}): the counts of each side that no error breaks, and every
     * violation.
     *
     * @param span  the call's span ({@link Span#current()}, or {@link Span#getInvalid()} for the metrics alone)
     * @param usage the canonical usage, checked or not
     * @param call  the call's operation, provider and models
     */
    public void record(Span span, CanonicalUsage usage, GenAiCall call) {
        Objects.requireNonNull(usage, "usage");
        List<Violation> found = ImmutableCanonicalUsage.check(usage);
        record(span, usage, found, WithheldCounts.by(found), call);
    }

    private void record(Span span, CanonicalUsage usage, List<Violation> found, int withheld, GenAiCall call) {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(call, "call");
        boolean recording = span.isRecording();
        if (recording) {
            span.setAllAttributes(call.spanAttributes());
        }
        if (usage != null && (withheld & WithheldCounts.INPUT) == 0) {
            long input = usage.inputTokens();
            tokenUsage.record(input, call.inputPoint());
            if (recording) {
                span.setAttribute(GenAiAttributes.GEN_AI_USAGE_INPUT_TOKENS, input);
                setPresent(span, GenAiAttributes.GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS, usage.cacheReadTokens());
                setPresent(span, conventions.cacheWriteInputTokens(), usage.cacheWriteTokens());
            }
        }
        if (usage != null && (withheld & WithheldCounts.OUTPUT) == 0 && call.countsOutput()) {
            long output = usage.outputTokens();
            tokenUsage.record(output, call.outputPoint());
            if (recording) {
                span.setAttribute(GenAiAttributes.GEN_AI_USAGE_OUTPUT_TOKENS, output);
                setPresent(span, GenAiAttributes.GEN_AI_USAGE_REASONING_OUTPUT_TOKENS, usage.reasoningTokens());
            }
        }
        for (int index = 0; index < found.size(); index++) {
            Violation violation = found.get(index);
            violations.add(1, ViolationAttributes.counted(violation, call.providerName()));
            if (recording) {
                span.addEvent(UsageSchemaAttributes.VIOLATION_EVENT, ViolationAttributes.event(violation));
            }
        }
    }

    private static void setPresent(Span span, AttributeKey<Long> key, OptionalLong count) {
        if (count.isPresent()) {
            span.setAttribute(key, count.getAsLong());
        }
    }
}
