package dev.usageschema.examples.sum;

import dev.usageschema.Addable;
import dev.usageschema.UsageSchema;

/** A count held in a {@code double}, exact up to 2^53. */
@Addable
@UsageSchema
public interface FloatingUsage {

    double tokens();
}
