package dev.usageschema.runtime;

import dev.usageschema.Violation;
import java.util.List;

/** A built nested model as a holder sees it: the warnings it was made with, and one count, {@code cachedTokens}. */
class StubModel extends Counted {

    static final Property CACHED = Property.of("cachedTokens", "cached_tokens");

    private final List<Violation> warnings;
    private final long cached;

    StubModel(List<Violation> warnings, long cached) {
        this.warnings = warnings;
        this.cached = cached;
    }

    @Override
    public List<Violation> violations() {
        return warnings;
    }

    /** Checked where it was made: nothing is left to find. */
    @Override
    protected List<Violation> $check(List<Violation> rejected) {
        return rejected;
    }

    @Override
    protected List<Violation> $countsAbove(List<Violation> found, NestedBoundRule rule, long bound) {
        return rule.breaks(cached, bound) ? Violations.add(found, rule.violation(CACHED, cached, bound)) : found;
    }
}
