package dev.usageschema.examples.json;

import dev.usageschema.Severity;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;

/** A usage that refuses every field it does not declare. */
@UsageSchema(naming = WireNaming.SNAKE_CASE, unknownFields = Severity.ERROR)
public interface StrictUsage {

    long inputTokens();

    long outputTokens();
}
