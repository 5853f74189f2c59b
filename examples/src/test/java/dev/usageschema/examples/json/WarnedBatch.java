package dev.usageschema.examples.json;

import dev.usageschema.UsageSchema;
import dev.usageschema.examples.soundness.WarnedDetails;
import java.util.List;

/** A nested object holding a list of details that may carry warnings. */
@UsageSchema
public interface WarnedBatch {

    List<WarnedDetails> parts();
}
