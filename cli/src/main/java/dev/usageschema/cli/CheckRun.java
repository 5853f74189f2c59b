package dev.usageschema.cli;

import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.canonical.ImmutableCanonicalUsage;
import dev.usageschema.jackson3.UsageJson;
import dev.usageschema.sum.Total;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * One run of {@code check}: the inputs read one after another on the calling thread, their records
 * checked in batches on worker threads, and the verdicts taken in the order the records came, into
 * the summary, the totals, the canonical file and the report. Memory stays within the batches in
 * flight, whatever the size of the inputs.
 *
 * @param <X> the schema
 * @param <M> its generated model
 */
final class CheckRun<X, M extends X> {

    /** Records in one batch, and bytes: whichever comes first closes it. */
    private static final int BATCH_RECORDS = 2048;
    private static final int BATCH_BYTES = 1 << 20;

    private final Target<X, M> target;
    private final InputForm form;
    private final int maxRecordBytes;
    private final Report report;
    private final Summary summary;
    private final Sums<X, M> sums;
    private final Writer canonicalOut;
    private final Function<M, Validated<ImmutableCanonicalUsage>> canonical;
    private final Progress progress;
    private final boolean streams;
    private final Grouping grouping;
    private final ExecutorService workers;
    private final int inFlightLimit;
    private final ArrayDeque<Future<List<Verdict>>> inFlight = new ArrayDeque<>();
    private final Object lock = new Object();
    private List<RawRecord> batch = new ArrayList<>();
    private long batchBytes;
    private boolean stopped;

    /**
     * @param target         what the records are checked against
     * @param form           how the records of each input are laid out
     * @param maxRecordBytes the most bytes one record may have
     * @param threads        how many threads check records; 1 checks them on the reading thread
     * @param report         where the verdicts and the summary go
     * @param summary        what the records came to
     * @param sums           the totals of {@code --sum}; {@code null} without it
     * @param canonicalOut   where the canonical usages go, a JSON line each; {@code null} without {@code --canonical}
     * @param progress       the progress bar
     * @param streams        whether each input is one stream of events, rather than records
     */
    CheckRun(Target<X, M> target, InputForm form, int maxRecordBytes, int threads, Report report, Summary summary,
            Sums<X, M> sums, Writer canonicalOut, Progress progress, boolean streams) {
        this.target = target;
        this.form = form;
        this.maxRecordBytes = maxRecordBytes;
        this.report = report;
        this.summary = summary;
        this.sums = sums;
        this.canonicalOut = canonicalOut;
        this.canonical = canonicalOut == null ? null : target.canonical().orElseThrow(() -> new CommandFailure(
                target.name() + " has no @CanonicalMapping, so its usages have no canonical usage; leave out --canonical,"
                        + " or map the schema"));
        this.progress = progress;
        this.streams = streams;
        this.grouping = sums == null ? null : sums.by();
        this.workers = threads > 1 ? Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, "usage-schema-check");
            thread.setDaemon(true);
            return thread;
        }) : null;
        this.inFlightLimit = 2 * threads + 2;
    }

    /**
     * Reads and checks every input, then writes the summary.
     *
     * @param inputs the inputs, in order
     * @param stdin  standard input, for an input that is it
     */
    void run(List<Inputs.Input> inputs, InputStream stdin) {
        try {
            for (Inputs.Input input : inputs) {
                read(input, stdin);
                submit();
                drain(0);
            }
            finish(false);
        } finally {
            if (workers != null) {
                workers.shutdownNow();
            }
        }
    }

    private void read(Inputs.Input input, InputStream stdin) {
        try (InputStream in = Inputs.open(input, stdin, progress.counter())) {
            if (streams) {
                deliver(List.of(judgeStream(input.name(), in)));
                return;
            }
            RecordReader records = form.reader(input.name(), new InputBytes(in, this::quiet), maxRecordBytes);
            for (RawRecord record = records.next(); record != null; record = records.next()) {
                batch.add(record);
                batchBytes += record.size();
                if (batch.size() >= BATCH_RECORDS || batchBytes >= BATCH_BYTES) {
                    submit();
                    drain(inFlightLimit);
                }
            }
        } catch (IOException unreadable) {
            batch.add(RawRecord.unreadable(input.name(), 1, "the input could not be read: " + Inputs.describe(unreadable)));
        }
    }

    /** While the input is quiet, what was found so far is checked and shown. */
    private void quiet() {
        submit();
        drain(0);
        synchronized (lock) {
            if (!stopped) {
                report.flush();
            }
        }
    }

    private void submit() {
        if (batch.isEmpty()) {
            return;
        }
        List<RawRecord> records = batch;
        batch = new ArrayList<>();
        batchBytes = 0;
        if (workers == null) {
            deliver(judge(records));
        } else {
            inFlight.add(workers.submit(() -> judge(records)));
        }
    }

    /** Takes the verdicts of the oldest batches until at most {@code left} are in flight. */
    private void drain(int left) {
        while (inFlight.size() > left) {
            try {
                deliver(inFlight.poll().get());
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while checking", stop);
            } catch (ExecutionException failed) {
                throw new IllegalStateException("a check failed: " + failed.getCause(), failed.getCause());
            }
        }
    }

    private List<Verdict> judge(List<RawRecord> records) {
        List<Verdict> verdicts = new ArrayList<>(records.size());
        for (RawRecord record : records) {
            verdicts.add(judge(record));
        }
        return verdicts;
    }

    private Verdict judge(RawRecord record) {
        if (record.json() == null) {
            return Verdict.unreadable(record);
        }
        byte[] json = record.json();
        Validated<M> read = target.read(json, 0, json.length);
        // Only an accepted record is added to a total: only its group is looked up.
        String group = grouping == null || !read.isValid() ? null : grouping.key(record.file(), json);
        return judge(record.file(), record.line(), read, group);
    }

    /** {@return the verdict on one stream: every event's usage accumulated, a rejected event rejecting the stream} */
    private Verdict judgeStream(String file, InputStream events) {
        Total<X, M> total = target.readStream(events);
        Validated<M> all = total.allOrNothing();
        if (all.isValid() || total.rejectedCount() == 0) {
            return judge(file, 1, all, grouping == null ? null : grouping.key(file, null));
        }
        // The sum of the events that were not rejected stays out of every total: the stream is rejected whole.
        List<Violation> violations = new ArrayList<>(all.violations());
        violations.addAll(total.warnings());
        return new Verdict(file, 1, Verdict.Outcome.REJECTED, violations, null, null, null);
    }

    private Verdict judge(String file, long line, Validated<M> read, String group) {
        List<Violation> violations = read.violations();
        if (!read.isValid()) {
            return new Verdict(file, line, Verdict.Outcome.REJECTED, violations, null, null, group);
        }
        M usage = read.orElseThrow();
        String canonicalJson = null;
        if (canonical != null) {
            Validated<ImmutableCanonicalUsage> converted = canonical.apply(usage);
            if (!converted.isValid()) {
                List<Violation> all = new ArrayList<>(violations);
                for (Violation error : converted.violations()) {
                    all.add(new Violation(error.wirePath(), error.propertyPath(), error.rule(), error.severity(),
                            error.actual(), error.expected(), "in the canonical usage: " + error.message()));
                }
                return new Verdict(file, line, Verdict.Outcome.REJECTED, all, null, null, group);
            }
            canonicalJson = UsageJson.standard().write(converted.orElseThrow(), ImmutableCanonicalUsage.jsonSchema());
        }
        return new Verdict(file, line, Verdict.Outcome.of(violations), violations, usage, canonicalJson, group);
    }

    private void deliver(List<Verdict> verdicts) {
        synchronized (lock) {
            if (stopped) {
                return;
            }
            for (Verdict verdict : verdicts) {
                summary.add(verdict);
                if (sums != null) {
                    sums.add(verdict);
                }
                if (canonicalOut != null && verdict.canonical() != null) {
                    try {
                        canonicalOut.write(verdict.canonical());
                        canonicalOut.write('\n');
                    } catch (IOException failure) {
                        throw new UncheckedIOException(failure);
                    }
                }
                report.verdict(verdict);
            }
        }
        progress.update(summary.records());
    }

    /**
     * Writes the summary of the records taken so far, once; what comes after it is not taken.
     *
     * @param interrupted whether the run was stopped before its end (Ctrl-C)
     */
    void finish(boolean interrupted) {
        synchronized (lock) {
            if (stopped) {
                return;
            }
            stopped = true;
            progress.close();
            report.finish(summary, sums, interrupted);
            if (canonicalOut != null) {
                try {
                    canonicalOut.close();
                } catch (IOException failure) {
                    throw new UncheckedIOException(failure);
                }
            }
        }
    }
}
