package dev.usageschema.examples.sum;

import dev.usageschema.Addable;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import java.io.Serializable;

/** A usage whose totals travel between the jobs that add them up: its model serializes. */
@Addable
@UsageSchema
public interface ShippedUsage extends Serializable {

    long input();

    long output();

    @Sum({"input", "output"})
    long total();
}
