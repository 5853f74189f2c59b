package dev.usageschema.spark;

import dev.usageschema.Violation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A violation as a Spark struct: {@code rule} and {@code severity} by their names ({@code SUM},
 * {@code ERROR}), {@code wire_path} the JSON Pointer in the record ({@code /usage/total_tokens}) and the
 * {@code message}. A violation of the canonical usage that rejects a record is at the canonical usage's
 * path ({@code /cache_read_tokens}), its message beginning {@code in the canonical usage: }.
 */
public final class ViolationColumns {

    /** The struct of one violation. */
    public static final StructType SCHEMA = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[] {
            DataTypes.createStructField("rule", DataTypes.StringType, false),
            DataTypes.createStructField("severity", DataTypes.StringType, false),
            DataTypes.createStructField("wire_path", DataTypes.StringType, false),
            DataTypes.createStructField("message", DataTypes.StringType, false)});

    private ViolationColumns() {
    }

    /**
     * {@return the row of a violation, in the order of {@link #SCHEMA}}
     * @param violation any violation
     */
    public static Row toRow(Violation violation) {
        return RowFactory.create(violation.rule().name(), violation.severity().name(), violation.wirePath(),
                violation.message());
    }
}
