package dev.usageschema.examples.soundness;

import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.OptionalLong;

/** Details bounded by their parent. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface StoredDetails {

    OptionalLong cachedTokens();
}
