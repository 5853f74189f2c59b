package dev.usageschema.examples.soundness;

import dev.usageschema.UsageSchema;
import java.io.Serializable;
import java.util.OptionalLong;

/** Serializable details. */
@UsageSchema
public interface TransportedDetails extends Serializable {

    OptionalLong cachedTokens();
}
