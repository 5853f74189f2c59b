package dev.usageschema.examples.json;

import dev.usageschema.UsageSchema;

/** A usage whose details that may warn sit in a list inside a nested object: two levels below the root. */
@UsageSchema
public interface BatchedUsage {

    long promptTokens();

    WarnedBatch batch();
}
