/**
 * A canonical usage ({@link dev.usageschema.canonical.CanonicalUsage}) recorded as OpenTelemetry
 * telemetry by {@link dev.usageschema.otel.UsageTelemetry}: the GenAI usage attributes on a span,
 * the {@code gen_ai.client.token.usage} histogram, and the {@code usage_schema.violations} counter,
 * with the names of the GenAI semantic conventions the caller opts into ({@link
 * dev.usageschema.otel.GenAiConventions}).
 */
package dev.usageschema.otel;
