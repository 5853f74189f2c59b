package dev.usageschema.examples.soundness;

import dev.usageschema.Severity;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;

/** Details whose total is only a warning when it does not add up. */
@UsageSchema(severity = Severity.WARNING)
public interface WarnedDetails {

    long audio();

    long text();

    @Sum({"audio", "text"})
    long total();
}
