package dev.usageschema.json;

import dev.usageschema.Violation;
import java.lang.System.Logger;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The warnings of usage read from JSON (through databind, or a {@code UsageJson}), logged boundedly
 * to the {@link System.Logger} named {@code dev.usageschema} at {@code WARNING}: each schema's warning
 * at a wire path once (in a stream, at its path within the event: the same field in every event is
 * logged once), and at most {@link #LIMIT} of them in all, then one record saying that no more are
 * logged. A document with 20,000 undeclared fields logs {@code LIMIT + 1} records, and a server that
 * reads the same provider's new field in every response logs it once for the life of the instance.
 * The read itself keeps every warning: {@code tryRead} returns them all. Thread-safe.
 */
public final class ReadWarnings {

    /** How many warnings one instance logs before it stops. */
    public static final int LIMIT = 100;

    private static final Logger LOG = System.getLogger("dev.usageschema");

    /** The schema and wire path of each warning logged; no larger than {@link #LIMIT} and the threads racing for it. */
    private final Set<String> logged = ConcurrentHashMap.newKeySet();
    private final AtomicInteger count = new AtomicInteger();

    /**
     * Logs each warning of {@code violations} whose schema and wire path were not logged before, while
     * fewer than {@link #LIMIT} were.
     *
     * @param schema     the schema's name
     * @param violations what a read found; errors among them are left out
     */
    public void log(String schema, List<Violation> violations) {
        log(schema, violations, false);
    }

    /**
     * Logs the warnings of a stream, each at {@code /<event index>} followed by its path in the
     * event, as {@link #log(String, List)} does, once per path within the event.
     *
     * @param schema   the schema's name
     * @param warnings the stream's warnings
     */
    public void logStream(String schema, List<Violation> warnings) {
        log(schema, warnings, true);
    }

    /** {@return a stream warning's path within its event: {@code /7/usage/x} is {@code /usage/x}; the sum's own as it is} */
    private static String withinEvent(String path) {
        int end = path.indexOf('/', 1);
        if (end < 0) {
            end = path.length();
        }
        for (int at = 1; at < end; at++) {
            if (!Character.isDigit(path.charAt(at))) {
                return path;
            }
        }
        return end > 1 ? path.substring(end) : path;
    }

    /**
     * {@return {@code text} with its control characters escaped as Java writes them ({@code \\n},
     * {@code \\u0000})}: a field name read from the input is the sender's, and a line end in it would
     * start a log line of the sender's words.
     */
    static String oneLine(String text) {
        StringBuilder line = null;
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (!Character.isISOControl(c) && c != '\u2028' && c != '\u2029') {
                if (line != null) {
                    line.append(c);
                }
                continue;
            }
            if (line == null) {
                line = new StringBuilder(text.length() + 8).append(text, 0, at);
            }
            switch (c) {
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> line.append(String.format("\\u%04x", (int) c));
            }
        }
        return line == null ? text : line.toString();
    }

    private void log(String schema, List<Violation> violations, boolean inEvents) {
        for (Violation violation : violations) {
            if (violation.isError() || count.get() > LIMIT) {
                continue;
            }
            String path = inEvents ? withinEvent(violation.wirePath()) : violation.wirePath();
            if (!logged.add(schema + " " + path)) {
                continue;
            }
            int number = count.incrementAndGet();
            if (number <= LIMIT) {
                LOG.log(Logger.Level.WARNING, "{0}: {1}", schema, oneLine(violation.toString()));
            } else if (number == LIMIT + 1) {
                LOG.log(Logger.Level.WARNING, "{0} warnings of values read were logged, each schema''s warning"
                        + " at a wire path once; no more are: tryRead gives every warning of a read", LIMIT);
            }
        }
    }
}
