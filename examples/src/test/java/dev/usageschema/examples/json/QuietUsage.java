package dev.usageschema.examples.json;

import dev.usageschema.Severity;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;

/** A usage that ignores every field it does not declare. */
@UsageSchema(naming = WireNaming.SNAKE_CASE, unknownFields = Severity.OFF)
public interface QuietUsage {

    long inputTokens();

    long outputTokens();
}
