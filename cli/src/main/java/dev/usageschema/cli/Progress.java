package dev.usageschema.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * The progress bar on standard error: the bytes read of all inputs, and the records checked. It
 * appears only once a run has taken more than a second, so that a quick run prints nothing.
 */
final class Progress implements AutoCloseable {

    /** How long a run goes before the bar appears. */
    static final long DELAY_NANOS = 1_000_000_000L;

    /** Counts bytes as the one thread that reads the inputs reads them; the bar's thread reads it. */
    static final class Counter {
        private volatile long bytes;

        void add(long read) {
            bytes += read;
        }

        long bytes() {
            return bytes;
        }
    }

    private final boolean shown;
    private final PrintStream err;
    private final long total;
    private final Counter counter = new Counter();
    private final long started = System.nanoTime();
    private ProgressBar bar;

    /**
     * @param shown whether the bar may appear at all
     * @param err   standard error
     * @param total the bytes of all inputs; -1 when not known (standard input)
     */
    Progress(boolean shown, PrintStream err, long total) {
        this.shown = shown;
        this.err = err;
        this.total = total;
    }

    Counter counter() {
        return counter;
    }

    /** Moves the bar on, and shows it once the run has taken long enough. */
    void update(long records) {
        if (!shown) {
            return;
        }
        if (bar == null) {
            if (System.nanoTime() - started < DELAY_NANOS) {
                return;
            }
            bar = new ProgressBarBuilder().setTaskName("checking").setInitialMax(total)
                    .setUnit(" MiB", 1 << 20).showSpeed().setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(err, 100)).build();
        }
        bar.stepTo(counter.bytes());
        bar.setExtraMessage(" " + records + " records");
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
