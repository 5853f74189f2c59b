package dev.usageschema.spark;

import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.canonical.ImmutableCanonicalUsage;
import dev.usageschema.jackson2.UsageJson;
import dev.usageschema.json.UsageSurface;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The reading of one surface's records, set up once and used for many: the JSON reader, the surface,
 * its canonical mapping, and whether a record is a whole response or the usage object itself.
 * Thread-safe, as the reader is.
 */
final class SurfaceCheck<X, M extends X> {

    private final UsageJson json = UsageJson.standard();
    private final UsageSurface<X, M> surface;
    private final Function<? super M, Validated<ImmutableCanonicalUsage>> canonical;
    private final boolean wholeResponses;

    SurfaceCheck(UsageSurface<X, M> surface, Function<? super M, Validated<ImmutableCanonicalUsage>> canonical,
            boolean wholeResponses) {
        this.surface = surface;
        this.canonical = canonical;
        this.wholeResponses = wholeResponses;
    }

    /**
     * {@return the check of one record}: never throws for what the record holds, malformed JSON and
     * a {@code null} record included
     * @param line one whole response, or one usage object
     */
    CheckedRecord check(String line) {
        if (line == null) {
            return CheckedRecord.NULL_LINE;
        }
        Validated<M> read = wholeResponses ? json.tryReadResponse(line, surface) : json.tryRead(line, surface.schema());
        if (!read.isValid()) {
            return CheckedRecord.rejected(read.violations());
        }
        Validated<ImmutableCanonicalUsage> usage = canonical.apply(read.orElseThrow());
        if (usage.isValid()) {
            // The canonical usage's warnings say again, at its own paths, what the record's say at the record's.
            return CheckedRecord.accepted(read.violations(), usage.orElseThrow());
        }
        List<Violation> violations = new ArrayList<>(read.violations());
        for (Violation violation : usage.violations()) {
            violations.add(inCanonicalUsage(violation));
        }
        return CheckedRecord.rejected(violations);
    }

    /**
     * A violation of the canonical usage, worded as the command-line check words it: at the canonical
     * usage's path ({@code /cache_read_tokens}), which no single path of the record stands for, its
     * message saying so.
     */
    private static Violation inCanonicalUsage(Violation violation) {
        return new Violation(violation.wirePath(), violation.propertyPath(), violation.rule(), violation.severity(),
                violation.actual(), violation.expected(), "in the canonical usage: " + violation.message());
    }
}
