package dev.usageschema.examples.sum;

import dev.usageschema.Severity;
import dev.usageschema.Sum;
import dev.usageschema.SumRelation;
import dev.usageschema.UsageSchema;
import java.util.OptionalLong;

/** Totals over counts that may each be absent: an equality, an at-least total and a warning. */
@UsageSchema
public interface PartlyGivenUsage {

    OptionalLong input();

    OptionalLong output();

    OptionalLong reasoning();

    @Sum({"input", "output"})
    OptionalLong total();

    @Sum(value = {"input", "output", "reasoning"}, relation = SumRelation.AT_LEAST)
    OptionalLong billed();

    @Sum(value = {"input", "output"}, severity = Severity.WARNING)
    OptionalLong reported();
}
