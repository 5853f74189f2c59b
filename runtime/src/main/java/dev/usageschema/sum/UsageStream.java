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
 * checked; a chunk whose usage is not valid or breaks the style (a count that goes down, a second,
 * different final usage) is rejected at its index in the stream and the usage stays as the chunks
 * before it made it, so the caller sees both what was accumulated and which chunk broke it. One
 * stream's chunks come in order from one thread at a time; use one accumulator per stream.
 *
 * @param <X> the schema
 * @param <M> its generated model
 */
public final class UsageStream<X, M extends X> {

    /**
     * How many warnings of chunks a stream lists, so that what it holds stays flat over a long stream
     * whose every chunk warns; the rest are counted.
     */
    public static final int WARNINGS_LISTED = 1_000;

    private final Adder<X, M> adder;
    private final StreamStyle style;
    private final int keep;
    private Severity decrease = Severity.ERROR;
    private M usage;
    private int chunks;
    private long acceptedCount;
    private long rejectedCount;
    private final List<Rejected<X>> rejected = new ArrayList<>();
    /** What chunks did that is only reported, each at {@code /i}. */
    private final List<Violation> warnings = new ArrayList<>();
    private int unlistedWarnings;
    private Violation firstUnlisted;
    private Total<X, M> finished;

    UsageStream(Adder<X, M> adder, StreamStyle style, int keep) {
        this.adder = adder;
        this.style = style;
        this.keep = keep;
    }

    /**
     * Says what a count that goes down in a {@link StreamStyle#CUMULATIVE} stream is: an error,
     * which rejects the chunk, unless set here. Gemini's counts go down between chunks when
     * server-side tools run.
     *
     * @param severity an error; a warning, which takes the later count and reports it; or
     *                 {@link Severity#OFF}, which takes it silently
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
        int index = next();
        if (usage != null) {
            take(index, usage, "", List.of());
        }
        return this;
    }

    /**
     * The stream's next chunk, as its JSON was read: the usage read at {@code at} in the chunk, valid
     * or not, or {@code null} when the chunk carries none. A read that is not valid (a usage breaking
     * an error rule, unreadable JSON) rejects the chunk with its violations, at their paths in the
     * chunk; a valid one is taken as {@link #chunk(Object)} takes its value, and its warnings (an
     * undeclared field, a rule of warning severity) are among the total's at {@code /i} followed by
     * their paths in the chunk. What the style finds wrong with the chunk is at {@code at} too.
     *
     * @param read the chunk's usage as read, its violations at their paths in the chunk; {@code null} for none
     * @param at   where in the chunk the usage was read, a JSON Pointer ({@code /usage}; {@code ""} for the chunk)
     * @return this accumulator
     */
    public UsageStream<X, M> chunk(Validated<? extends X> read, String at) {
        Objects.requireNonNull(at, "at");
        int index = next();
        if (read == null) {
            return this;
        }
        if (!read.isValid()) {
            reject(index, null, read.violations());
        } else {
            take(index, read.orElseThrow(), at, read.warnings());
        }
        return this;
    }

    /** {@return the next chunk's index} */
    private int next() {
        if (finished != null) {
            throw new IllegalStateException("the stream has finished after " + chunks + " chunks; a chunk after"
                    + " finish() belongs to another stream, with its own accumulator");
        }
        return chunks++;
    }

    /** Takes a chunk's usage, {@code read} its warnings already at their paths in the chunk. */
    private void take(int index, X usage, String at, List<Violation> read) {
        Validated<M> checked = adder.check(usage);
        if (!checked.isValid()) {
            reject(index, usage, within(at, checked.violations(), read));
            return;
        }
        if (this.usage == null) {
            this.usage = checked.orElseThrow();
            acceptedCount++;
            read.forEach(warning -> warn(index, warning));
            return;
        }
        switch (style) {
            case FINAL_ONLY -> repeated(index, usage, checked.orElseThrow(), at, read);
            case CUMULATIVE -> merge(index, usage, checked.orElseThrow(), new Adding(true, decrease), at, read);
            case DELTA -> merge(index, usage, checked.orElseThrow(), new Adding(), at, read);
        }
    }

    /** {@return {@code found}, at their paths in the usage, moved to their paths in the chunk, after {@code read}} */
    private static List<Violation> within(String at, List<Violation> found, List<Violation> read) {
        List<Violation> all = new ArrayList<>(read);
        for (Violation violation : found) {
            all.add(at.isEmpty() ? violation : violation.under(at, ""));
        }
        return all;
    }

    private void repeated(int index, X given, M again, String at, List<Violation> read) {
        if (again.equals(usage)) {
            acceptedCount++;
            read.forEach(warning -> warn(index, warning));
            warn(index, within(at, List.of(new Violation("", "", Rule.REPEATED_USAGE, Severity.WARNING, again,
                    "one usage per stream", "the stream gives its usage again, the same; the first is kept")), List.of())
                    .get(0));
        } else {
            reject(index, given, within(at, List.of(new Violation("", "", Rule.REPEATED_USAGE, Severity.ERROR, again,
                    "one usage per stream", "the stream gives a second, different usage; a final-only stream gives one")),
                    read));
        }
    }

    private void merge(int index, X given, M later, Adding adding, String at, List<Violation> read) {
        Validated<M> merged = adder.add(usage, later, adding);
        if (merged.isValid() && adding.found().stream().noneMatch(Violation::isError)) {
            usage = merged.orElseThrow();
            acceptedCount++;
            read.forEach(warning -> warn(index, warning));
            within(at, adding.found(), List.of()).forEach(warning -> warn(index, warning));
        } else {
            List<Violation> failed = new ArrayList<>(adding.found());
            if (!merged.isValid()) {
                failed.addAll(merged.violations());
            }
            reject(index, given, within(at, failed, read));
        }
    }

    private void reject(int index, X given, List<Violation> violations) {
        rejectedCount++;
        if (rejected.size() < keep) {
            rejected.add(Rejected.of(index, null, given, 1, violations));
        }
    }

    /**
     * Lists a chunk's warning at {@code /index}, while fewer than {@link #WARNINGS_LISTED} are; past
     * them the first is kept to stand for the rest, with their count.
     */
    private void warn(int index, Violation warning) {
        Violation located = new Indexed(index, warning).located();
        if (warnings.size() < WARNINGS_LISTED) {
            warnings.add(located);
        } else if (unlistedWarnings++ == 0) {
            firstUnlisted = located;
        }
    }

    /** {@return how many chunks the stream has given so far} */
    public int chunks() {
        return chunks;
    }

    /**
     * {@return the response's usage: the usage the accepted chunks make, after every check of the
     * schema, with its warnings and those of the chunks at {@code /i}, and the rejected chunks, each
     * at its index in the stream with its violations} The chunks that carry usage are counted, those
     * that carry none are not; when none carried usage the total has no sum and
     * {@link Total#allOrNothing()} says {@link Rule#NO_USAGE}. The stream ends here: a later
     * {@link #chunk} throws, a later {@code finish()} gives the same.
     */
    public Total<X, M> finish() {
        if (finished == null) {
            List<Violation> all = new ArrayList<>(warnings);
            if (unlistedWarnings > 0) {
                all.add(new Violation(firstUnlisted.wirePath(), firstUnlisted.propertyPath(), firstUnlisted.rule(),
                        Severity.WARNING, firstUnlisted.actual(), firstUnlisted.expected(), firstUnlisted.message()
                        + " (the first of " + unlistedWarnings + " warnings of chunks past the first " + WARNINGS_LISTED
                        + ", which are not listed)"));
            }
            if (usage != null) {
                all.addAll(((Checkable) usage).violations());
            }
            finished = Total.of(adder.schema(), usage, all, acceptedCount, rejectedCount, rejected,
                    new Violation("", "", Rule.NO_USAGE, Severity.ERROR, chunks, "a chunk with usage",
                            "the stream of " + chunks + " chunks ended without usage"));
        }
        return finished;
    }
}
