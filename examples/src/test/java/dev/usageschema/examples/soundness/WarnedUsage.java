package dev.usageschema.examples.soundness;

import dev.usageschema.UsageSchema;

/** A parent of details that may carry warnings. */
@UsageSchema
public interface WarnedUsage {

    long promptTokens();

    WarnedDetails details();
}
