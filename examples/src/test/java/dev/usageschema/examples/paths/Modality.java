package dev.usageschema.examples.paths;

import dev.usageschema.AtMost;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.OptionalLong;

/** The tokens of one modality, some of them read from a cache. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface Modality {

    long tokens();

    @AtMost("tokens")
    OptionalLong cachedTokens();
}
