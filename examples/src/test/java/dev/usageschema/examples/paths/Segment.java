package dev.usageschema.examples.paths;

import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;

/** One segment of the output. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface Segment {

    long tokens();

    long characters();
}
