package dev.usageschema.examples.sum;

import dev.usageschema.Addable;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import java.util.OptionalLong;

/** A total checked only while both its parts are given (the default, {@code SKIP_RULE}). */
@Addable
@UsageSchema
public interface PartlyReportedUsage {

    OptionalLong input();

    OptionalLong output();

    @Sum({"input", "output"})
    OptionalLong total();
}
