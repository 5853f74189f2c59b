package dev.usageschema.spark;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Validated;
import dev.usageschema.canonical.ImmutableCanonicalUsage;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Adds up checked records, the structs of {@link UsageCheck#CHECK}, by any grouping of the caller's:
 * the exact sum of the accepted records' canonical usage (long counts, a decimal cost), how many were
 * accepted, how many rejected, and how many rejected records broke each rule. A record whose adding
 * would take a count past {@code Long.MAX_VALUE} is rejected ({@code OVERFLOW}) and the sum stays as it
 * was. Records that add up give the sum {@code ImmutableCanonicalUsage.adder().summing()} gives on one
 * machine, however Spark splits them. When two partitions' sums overflow together, every record the
 * later had accepted is rejected, as in a parallel {@code summing()}; which records are blamed for an
 * overflow can then depend on the split.
 *
 * <p>{@link UsageSpark#total(org.apache.spark.sql.Column)} makes the column; {@code usage_total(check)} is
 * the SQL form.
 */
public final class UsageTotals extends Aggregator<Row, TotalsBuffer, Row> {

    private static final long serialVersionUID = 1L;

    /** The input: one column, a record's check. */
    static final StructType INPUT = DataTypes.createStructType(new StructField[] {
            DataTypes.createStructField("check", UsageCheck.CHECK, true)});

    /**
     * A total: {@code accepted} and {@code rejected} counts, {@code rejected_by_rule} (a rule's name to the
     * number of rejected records that broke it), and {@code usage}, the sum, {@code null} when none was
     * accepted.
     */
    public static final StructType RESULT = DataTypes.createStructType(new StructField[] {
            DataTypes.createStructField("accepted", DataTypes.LongType, false),
            DataTypes.createStructField("rejected", DataTypes.LongType, false),
            DataTypes.createStructField("rejected_by_rule",
                    DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType, false), false),
            DataTypes.createStructField("usage", CanonicalColumns.SCHEMA, true)});


    @Override
    public TotalsBuffer zero() {
        return new TotalsBuffer();
    }

    @Override
    public TotalsBuffer reduce(TotalsBuffer buffer, Row input) {
        Row check = input.isNullAt(0) ? null : input.getStruct(0);
        if (check == null) {
            buffer.reject(1, Set.of(Rule.NOT_NULL.name()));
        } else if (Verdict.REJECTED.name().equals(check.getString(0)) || check.isNullAt(2)) {
            buffer.reject(1, errorRules(check));
        } else {
            Validated<ImmutableCanonicalUsage> usage = CanonicalColumns.fromRow(check.getStruct(2));
            if (usage.isValid()) {
                buffer.accept(usage.orElseThrow());
            } else {
                buffer.reject(1, TotalsBuffer.errorRules(usage.errors()));
            }
        }
        return buffer;
    }

    @Override
    public TotalsBuffer merge(TotalsBuffer first, TotalsBuffer second) {
        return first.merge(second);
    }

    @Override
    public Row finish(TotalsBuffer buffer) {
        return RowFactory.create(buffer.accepted(), buffer.rejected(),
                CollectionConverters.asScala(buffer.rejectedByRule()),
                buffer.sum() == null ? null : CanonicalColumns.toRow(buffer.sum()));
    }

    @Override
    public Encoder<TotalsBuffer> bufferEncoder() {
        return Encoders.javaSerialization(TotalsBuffer.class);
    }

    @Override
    public Encoder<Row> outputEncoder() {
        return Encoders.row(RESULT);
    }

    /** The rules a rejected record's errors break, from its check's {@code violations}. */
    private static Set<String> errorRules(Row check) {
        Set<String> rules = new TreeSet<>();
        for (Row violation : check.<Row>getList(1)) {
            if (Severity.ERROR.name().equals(violation.getString(1))) {
                rules.add(violation.getString(0));
            }
        }
        return rules;
    }
}
