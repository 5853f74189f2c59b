package dev.usageschema.sum;

import dev.usageschema.Checkable;
import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.StreamStyle;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The usage of one streamed response, accumulated chunk by chunk in the provider's
 * {@link StreamStyle}: give it every chunk in order ({@link #chunk}, {@code null} for a chunk that
 * carries no usage), then take the response's usage from {@link #finish()}. Each chunk's usage is
 * checked, and every violation is at {@code /i} followed by its path, {@code i} the chunk's index
 * in the stream. One stream's chunks come in order from one thread at a time; use one accumulator
 * per stream.
 *
 * @param <X> the schema
 * @param <M> its generated model
 */
public final class UsageStream<X, M extends X> {

    private final Adder<X, M> adder;
    private final StreamStyle style;
    private Severity decrease = Severity.ERROR;
    private M usage;
    private boolean carried;
    private int chunks;
    private final List<Indexed> found = new ArrayList<>();
    private Validated<M> finished;

    UsageStream(Adder<X, M> adder, StreamStyle style) {
        this.adder = adder;
        this.style = style;
    }

    /**
     * Says what a count that goes down in a {@link StreamStyle#CUMULATIVE} stream is: an error
     * unless set here. Gemini's counts go down between chunks when server-side tools run.
     *
     * @param severity an error, or a warning that takes the later count
     * @return this accumulator
     */
    public UsageStream<X, M> decreases(Severity severity) {
        this.decrease = Objects.requireNonNull(severity, "severity");
        return this;
    }

    /**
     * The stream's next chunk.
     *
     * @param usage the usage the chunk carries, any implementation of the schema; {@code null} when it carries none
     * @return this accumulator
     */
    public UsageStream<X, M> chunk(X usage) {
        if (finished != null) {
            throw new IllegalStateException("the stream has finished after " + chunks + " chunks; a chunk after"
                    + " finish() belongs to another stream, with its own accumulator");
        }
        int index = chunks++;
        if (usage == null) {
            return this;
        }
        carried = true;
        Validated<M> checked = adder.check(usage);
        if (!checked.isValid()) {
            keep(index, checked.violations(), true);
        } else if (this.usage == null) {
            this.usage = checked.orElseThrow();
        } else {
            switch (style) {
                case FINAL_ONLY -> repeated(index, checked.orElseThrow());
                case CUMULATIVE -> merge(index, checked.orElseThrow(), new Adding(true, decrease));
                case DELTA -> merge(index, checked.orElseThrow(), new Adding());
            }
        }
        return this;
    }

    private void repeated(int index, M again) {
        boolean same = again.equals(usage);
        found.add(new Indexed(index, new Violation("", "", Rule.REPEATED_USAGE, same ? Severity.WARNING : Severity.ERROR,
                again, "one usage per stream", same ? "the stream gives its usage again, the same; the first is kept"
                        : "the stream gives a second, different usage; a final-only stream gives one")));
    }

    private void merge(int index, M later, Adding adding) {
        Validated<M> merged = adder.add(usage, later, adding);
        keep(index, adding.found(), false);
        if (!merged.isValid()) {
            keep(index, merged.violations(), true);
        } else if (adding.found().stream().noneMatch(Violation::isError)) {
            usage = merged.orElseThrow();
        }
    }

    private void keep(int index, List<Violation> violations, boolean errorsOnly) {
        for (Violation violation : violations) {
            if (!errorsOnly || violation.isError()) {
                found.add(new Indexed(index, violation));
            }
        }
    }

    /** {@return how many chunks the stream has given so far} */
    public int chunks() {
        return chunks;
    }

    /**
     * {@return the response's usage and its warnings, after every check of the schema, or every
     * violation of the stream} A stream in which no chunk carried usage is {@link Rule#NO_USAGE}.
     * The stream ends here: a later {@link #chunk} throws, a later {@code finish()} gives the same.
     */
    public Validated<M> finish() {
        if (finished == null) {
            finished = result();
        }
        return finished;
    }

    private Validated<M> result() {
        if (!carried) {
            return Validated.invalid(adder.schema(), List.of(new Violation("", "", Rule.NO_USAGE, Severity.ERROR, chunks,
                    "a chunk with usage", "the stream of " + chunks + " chunks ended without usage")));
        }
        List<Violation> violations = new ArrayList<>();
        found.forEach(indexed -> violations.add(indexed.located()));
        if (usage == null || violations.stream().anyMatch(Violation::isError)) {
            return Validated.invalid(adder.schema(), violations);
        }
        violations.addAll(((Checkable) usage).violations());
        return Validated.valid(adder.schema(), usage, violations);
    }
}
