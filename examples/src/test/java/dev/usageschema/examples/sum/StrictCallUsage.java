package dev.usageschema.examples.sum;

import dev.usageschema.AbsentInSum;
import dev.usageschema.Addable;
import dev.usageschema.UsageSchema;
import java.util.OptionalLong;

/** A usage whose sum takes only counts that every value gives. */
@Addable(absent = AbsentInSum.VIOLATION)
@UsageSchema
public interface StrictCallUsage {

    long input();

    OptionalLong cached();
}
