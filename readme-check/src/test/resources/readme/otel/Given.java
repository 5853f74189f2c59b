package readme.otel;

import dev.usageschema.jackson2.UsageJson;
import dev.usageschema.otel.GenAiCall;
import dev.usageschema.otel.UsageTelemetry;
import dev.usageschema.providers.anthropic.ImmutableMessagesUsage;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;

/** What the blocks of README's "Telemetry" take as given. */
abstract class Given {
    OpenTelemetry openTelemetry;
    String responseModel;
    String usageObject;
}
