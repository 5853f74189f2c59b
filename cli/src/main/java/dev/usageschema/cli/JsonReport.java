package dev.usageschema.cli;

import dev.usageschema.Rule;
import dev.usageschema.Violation;
import dev.usageschema.sum.Rejected;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * For pipelines and CI: every verdict and the summary as JSON, one document
 * ({@code {"verdicts":[...],"summary":{...},"sum":{...}}}) or JSON lines (a verdict a line, then one
 * line {@code {"summary":{...},"sum":{...}}}).
 */
final class JsonReport implements Report {

    private final JsonGenerator json;
    private final boolean lines;
    private boolean started;
    private boolean finished;

    /**
     * @param json  where to write
     * @param lines JSON lines rather than one document
     */
    JsonReport(JsonGenerator json, boolean lines) {
        this.json = json;
        this.lines = lines;
    }

    private void start() {
        if (!started && !lines) {
            json.writeStartObject();
            json.writeName("verdicts");
            json.writeStartArray();
        }
        started = true;
    }

    @Override
    public void verdict(Verdict verdict) {
        if (finished) {
            return;
        }
        start();
        json.writeStartObject();
        json.writeStringProperty("file", verdict.file());
        json.writeNumberProperty("line", verdict.line());
        json.writeStringProperty("verdict", verdict.outcome().words());
        json.writeName("violations");
        violations(verdict.violations());
        json.writeEndObject();
        endLine();
    }

    private void violations(List<Violation> violations) {
        json.writeStartArray();
        for (Violation violation : violations) {
            json.writeStartObject();
            json.writeStringProperty("path", violation.wirePath());
            json.writeStringProperty("rule", violation.rule().name());
            json.writeStringProperty("severity", TextReport.severity(violation.severity()));
            json.writeStringProperty("message", violation.message());
            json.writeStringProperty("expected", violation.expected());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void endLine() {
        if (lines) {
            json.writeRaw('\n');
        }
    }

    @Override
    public void finish(Summary summary, Sums<?, ?> sums, boolean interrupted) {
        if (finished) {
            return;
        }
        start();
        finished = true;
        if (lines) {
            json.writeStartObject();
        } else {
            json.writeEndArray();
        }
        json.writeName("summary");
        json.writeStartObject();
        json.writeNumberProperty("records", summary.records());
        json.writeNumberProperty("accepted", summary.accepted());
        json.writeNumberProperty("acceptedWithWarnings", summary.warned());
        json.writeNumberProperty("rejected", summary.rejected());
        json.writeBooleanProperty("interrupted", interrupted);
        json.writeName("byRule");
        json.writeStartArray();
        for (Map.Entry<Rule, Summary.Tally> entry : summary.byRule().entrySet()) {
            tally("rule", entry.getKey().name(), entry.getValue());
        }
        json.writeEndArray();
        json.writeName("byPath");
        json.writeStartArray();
        for (Map.Entry<String, Summary.Tally> entry : summary.byPath().entrySet()) {
            tally("path", entry.getKey(), entry.getValue());
        }
        json.writeEndArray();
        if (summary.otherPaths().count() > 0) {
            json.writeName("otherPaths");
            json.writeStartObject();
            tallyFields(summary.otherPaths());
            json.writeEndObject();
        }
        json.writeEndObject();
        if (sums != null) {
            sums(sums);
        }
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }

    private void tally(String kind, String name, Summary.Tally tally) {
        json.writeStartObject();
        json.writeStringProperty(kind, name);
        tallyFields(tally);
        json.writeEndObject();
    }

    private void tallyFields(Summary.Tally tally) {
        json.writeStringProperty("severity", TextReport.severity(tally.worst()));
        json.writeNumberProperty("count", tally.count());
        json.writeName("examples");
        json.writeStartArray();
        for (String example : tally.examples()) {
            json.writeString(example);
        }
        json.writeEndArray();
    }

    private void sums(Sums<?, ?> sums) {
        json.writeName("sum");
        json.writeStartObject();
        if (sums.by() != null) {
            json.writeStringProperty("by", sums.by().toString());
        }
        json.writeName("totals");
        json.writeStartArray();
        for (Sums.Group group : sums.groups()) {
            json.writeStartObject();
            if (group.group() != null) {
                json.writeStringProperty("group", group.group());
            }
            json.writeNumberProperty("added", group.added());
            json.writeNumberProperty("rejected", group.rejected());
            json.writeName("sum");
            if (group.sum() == null) {
                json.writeNull();
            } else {
                json.writeRawValue(group.sum());
            }
            json.writeName("firstRejected");
            json.writeStartArray();
            for (Rejected<?> rejected : group.first()) {
                json.writeStartObject();
                json.writeStringProperty("record", String.valueOf(rejected.key().orElse("#" + rejected.index())));
                json.writeName("violations");
                violations(rejected.errors());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    @Override
    public void flush() {
        json.flush();
    }
}
