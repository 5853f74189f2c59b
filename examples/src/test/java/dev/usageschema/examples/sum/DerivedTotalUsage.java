package dev.usageschema.examples.sum;

import dev.usageschema.Addable;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import java.util.OptionalLong;

/** A total the builder derives when it is not given and both parts are. */
@Addable
@UsageSchema
public interface DerivedTotalUsage {

    OptionalLong input();

    OptionalLong output();

    @Sum(value = {"input", "output"}, derive = true)
    OptionalLong total();
}
