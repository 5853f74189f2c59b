package dev.usageschema.examples.paths;

import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;

/** What was billed. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface Billing {

    long billedTokens();
}
