package dev.usageschema.examples.soundness;

import dev.usageschema.UsageSchema;

/** Counts on a floating wire type. */
@UsageSchema
public interface FloatingUsage {

    double promptTokens();

    Double completionTokens();
}
