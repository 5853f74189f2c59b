package dev.usageschema.spark;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Violation;
import dev.usageschema.canonical.ImmutableCanonicalUsage;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The check of one record, as the command-line check reports it: its verdict, the violations of its
 * reading, those of its canonical usage when that is what rejects it, and the canonical usage unless
 * it is rejected.
 */
record CheckedRecord(Verdict verdict, List<Violation> violations, ImmutableCanonicalUsage usage) {

    /** The check of a record that is {@code null}: no line to read. */
    static final CheckedRecord NULL_LINE = new CheckedRecord(Verdict.REJECTED, List.of(new Violation("", "",
            Rule.NOT_NULL, Severity.ERROR, null, "a line of JSON", "the record is null")), null);

    static CheckedRecord rejected(List<Violation> violations) {
        return new CheckedRecord(Verdict.REJECTED, violations, null);
    }

    static CheckedRecord accepted(List<Violation> violations, ImmutableCanonicalUsage usage) {
        boolean warned = violations.stream().anyMatch(violation -> !violation.isError());
        return new CheckedRecord(warned ? Verdict.ACCEPTED_WITH_WARNINGS : Verdict.ACCEPTED, violations, usage);
    }

    /** {@return the row of {@link UsageCheck#CHECK}} */
    Row toRow() {
        return RowFactory.create(verdict.name(), violationRows(), usage == null ? null : CanonicalColumns.toRow(usage));
    }

    /**
     * {@return the row of {@link UsageCheck#RESULT}}: the line kept when the record is rejected
     * @param line the record as read
     */
    Row toRow(String line) {
        return RowFactory.create(verdict.name(), violationRows(), usage == null ? null : CanonicalColumns.toRow(usage),
                verdict == Verdict.REJECTED ? line : null);
    }

    /** Spark's row encoder takes a Scala sequence for an array column. */
    private scala.collection.Seq<Row> violationRows() {
        List<Row> rows = new ArrayList<>(violations.size());
        for (Violation violation : violations) {
            rows.add(ViolationColumns.toRow(violation));
        }
        return CollectionConverters.asScala(rows);
    }
}
