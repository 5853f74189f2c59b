package dev.usageschema.examples.sum;

import dev.usageschema.Severity;
import dev.usageschema.Sum;
import dev.usageschema.SumRelation;
import dev.usageschema.UsageSchema;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Totals over counts that may each be absent: an equality, an at-least total, a warning, and the
 * counts of a list's elements.
 */
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

    Optional<List<Segment>> segments();

    @Sum("segments[].tokens")
    OptionalLong segmentTokens();

    /** A part of the output, whose tokens may not be reported. */
    @UsageSchema
    interface Segment {
        OptionalLong tokens();
    }
}
