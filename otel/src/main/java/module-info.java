/**
 * A canonical usage as OpenTelemetry telemetry: the GenAI usage attributes of a span, the GenAI
 * token-usage metric, and a count of the usage's violations.
 */
module dev.usageschema.otel {
    requires transitive dev.usageschema.canonical;
    requires transitive io.opentelemetry.api;

    exports dev.usageschema.otel;
}
