package dev.usageschema.otel;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An OpenTelemetry SDK whose spans and metrics stay in memory, with a {@link UsageTelemetry} on it:
 * each test records into a fresh one and reads back what was exported.
 */
final class Recorder implements AutoCloseable {

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
            .build();
    final UsageTelemetry telemetry;

    Recorder(GenAiConventions conventions) {
        telemetry = UsageTelemetry.create(sdk, conventions);
    }

    /** {@return the span that a chat call's instrumentation made, ended after {@code inside} recorded into it} */
    SpanData span(Consumer<Span> inside) {
        Span span = sdk.getTracer("test").spanBuilder("chat").startSpan();
        try {
            inside.accept(span);
        } finally {
            span.end();
        }
        List<SpanData> finished = spans.getFinishedSpanItems();
        return finished.get(finished.size() - 1);
    }

    /** {@return the span's {@code gen_ai.usage.*} attributes, by name} */
    static Map<String, Long> usageAttributes(SpanData span) {
        Map<String, Long> usage = new LinkedHashMap<>();
        span.getAttributes().forEach((key, value) -> {
            if (key.getKey().startsWith("gen_ai.usage.")) {
                usage.put(key.getKey(), (Long) value);
            }
        });
        return usage;
    }

    /** {@return every metric exported now, by name} */
    Map<String, MetricData> metrics() {
        Map<String, MetricData> byName = new LinkedHashMap<>();
        for (MetricData metric : metrics.collectAllMetrics()) {
            byName.put(metric.getName(), metric);
        }
        return byName;
    }

    /** {@return the token-usage histogram's points, none when nothing was recorded} */
    List<HistogramPointData> tokenPoints() {
        MetricData metric = metrics().get(GenAiAttributes.GEN_AI_CLIENT_TOKEN_USAGE);
        return metric == null ? List.of() : new ArrayList<>(metric.getHistogramData().getPoints());
    }

    /** {@return the violations counter's points, none when nothing was counted} */
    List<LongPointData> violationPoints() {
        MetricData metric = metrics().get(UsageSchemaAttributes.VIOLATIONS);
        return metric == null ? List.of() : new ArrayList<>(metric.getLongSumData().getPoints());
    }

    /** {@return the token-usage sum of one token type, 0 when it has no point} */
    long tokensOfType(String type) {
        return tokenPoints().stream()
                .filter(point -> type.equals(point.getAttributes().get(GenAiAttributes.GEN_AI_TOKEN_TYPE)))
                .mapToLong(point -> (long) point.getSum())
                .sum();
    }

    /** {@return the token-usage sum over every point, whatever its type} */
    long tokensOfAllTypes() {
        return tokenPoints().stream().mapToLong(point -> (long) point.getSum()).sum();
    }

    @Override
    public void close() {
        sdk.close();
    }
}
