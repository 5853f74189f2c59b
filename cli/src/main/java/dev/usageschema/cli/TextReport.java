package dev.usageschema.cli;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Violation;
import dev.usageschema.sum.Rejected;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * For a person: each failing record's violations, one a line ({@code file:line: error SUM at
 * /usage/total_tokens: ...}), then the summary, and the totals.
 */
final class TextReport implements Report {

    private final PrintWriter out;
    private final Severity failOn;
    private boolean finished;

    /**
     * @param out    where to write
     * @param failOn the records listed are those at or above it: rejected ones, and with warnings too for {@code WARNING}
     */
    TextReport(PrintWriter out, Severity failOn) {
        this.out = out;
        this.failOn = failOn;
    }

    @Override
    public void verdict(Verdict verdict) {
        if (finished || !verdict.fails(failOn)) {
            return;
        }
        for (Violation violation : verdict.violations()) {
            out.append(verdict.where()).append(": ").append(line(violation)).append('\n');
        }
    }

    static String line(Violation violation) {
        String at = violation.wirePath().isEmpty() ? "" : " at " + violation.wirePath();
        return severity(violation.severity()) + " " + violation.rule() + at + ": " + violation.message();
    }

    static String severity(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void finish(Summary summary, Sums<?, ?> sums, boolean interrupted) {
        if (finished) {
            return;
        }
        finished = true;
        if (interrupted) {
            out.append("\ninterrupted: the summary of the records read so far\n");
        }
        out.append('\n').append(String.valueOf(summary.records())).append(summary.records() == 1 ? " record" : " records")
                .append(" read: ").append(String.valueOf(summary.accepted())).append(" accepted, ")
                .append(String.valueOf(summary.warned())).append(" accepted with warnings, ")
                .append(String.valueOf(summary.rejected())).append(" rejected\n");
        if (!summary.byRule().isEmpty()) {
            out.append("by rule (records, severity, the first records):\n");
            int width = summary.byRule().keySet().stream().mapToInt(rule -> rule.name().length()).max().orElse(0);
            for (Map.Entry<Rule, Summary.Tally> entry : summary.byRule().entrySet()) {
                tally(entry.getKey().name(), width, entry.getValue());
            }
            out.append("by path (records, severity, the first records):\n");
            width = summary.byPath().keySet().stream().mapToInt(path -> shown(path).length()).max().orElse(0);
            for (Map.Entry<String, Summary.Tally> entry : summary.byPath().entrySet()) {
                tally(shown(entry.getKey()), width, entry.getValue());
            }
            if (summary.otherPaths().count() > 0) {
                tally("(other paths, past the first " + Summary.PATHS + ")", width, summary.otherPaths());
            }
        }
        if (sums != null) {
            sums(sums);
        }
        out.flush();
    }

    private static String shown(String path) {
        return path.isEmpty() ? "(the record)" : path;
    }

    private void tally(String name, int width, Summary.Tally tally) {
        out.append("  ").append(pad(name, width)).append("  ").append(pad(String.valueOf(tally.count()), 7))
                .append(' ').append(pad(severity(tally.worst()), 7)).append(' ')
                .append(String.join(", ", tally.examples()));
        if (tally.count() > tally.examples().size()) {
            out.append(", ...");
        }
        out.append('\n');
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    private void sums(Sums<?, ?> sums) {
        List<Sums.Group> groups = sums.groups();
        out.append(sums.by() == null ? "sum:\n" : "sum by " + sums.by() + ":\n");
        for (Sums.Group group : groups) {
            out.append("  ");
            if (group.group() != null) {
                out.append(group.group()).append(": ");
            }
            out.append(String.valueOf(group.added())).append(" added, ").append(String.valueOf(group.rejected()))
                    .append(" rejected by adding: ").append(group.sum() == null ? "no sum" : group.sum()).append('\n');
            for (Rejected<?> rejected : group.first()) {
                for (Violation violation : rejected.errors()) {
                    out.append("    ").append(String.valueOf(rejected.key().orElse("#" + rejected.index())))
                            .append(": ").append(line(violation)).append('\n');
                }
            }
        }
    }

    @Override
    public void flush() {
        out.flush();
    }
}
