package dev.usageschema.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;

/**
 * The SQL functions of usage-schema, registered on a session by {@link #register(SparkSession)}:
 *
 * <ul>
 *   <li>{@code usage_check(provider, json)}: the check of one whole response of a catalogue surface, a
 *       struct of {@link UsageCheck#CHECK} ({@code verdict}, {@code violations}, {@code usage});</li>
 *   <li>{@code usage_total(check)}: an aggregate of such structs, a struct of {@link UsageTotals#RESULT}.</li>
 * </ul>
 *
 * <pre>{@code
 * UsageSpark.register(spark);
 * spark.sql("SELECT model, usage_total(usage_check('openai-chat', body)) AS total FROM calls GROUP BY model");
 * }</pre>
 *
 * An id the catalogue does not have fails the query, with the ids it has in the message: it names the
 * reading, not the record. Each executor sets a surface's reader up once, on its first record.
 */
public final class UsageSpark {

    /** One check per catalogue surface and executor, made on first use. */
    private static final Map<String, SurfaceCheck<?, ?>> CHECKS = new ConcurrentHashMap<>();

    private UsageSpark() {
    }

    /**
     * Registers {@code usage_check} and {@code usage_total} on the session.
     * @param spark the session
     */
    public static void register(SparkSession spark) {
        spark.udf().register("usage_check", (UDF2<String, String, Row>) UsageSpark::check, UsageCheck.CHECK);
        spark.udf().register("usage_total", totals());
    }

    /** {@return the aggregate {@code usage_total} as a function of one column, a record's check} */
    public static UserDefinedFunction totals() {
        return functions.udaf(new UsageTotals(), Encoders.row(UsageTotals.INPUT));
    }

    /**
     * {@return the total of {@code check}, the structs of {@link UsageCheck#CHECK}, in an aggregation}
     * <pre>{@code
     * checked.groupBy("day").agg(UsageSpark.total(struct(col("verdict"), col("violations"), col("usage"))))
     * }</pre>
     * @param check a column of checks
     */
    public static Column total(Column check) {
        return totals().apply(check);
    }

    /**
     * {@return the check of one whole response, the row of {@link UsageCheck#CHECK}}: {@code usage_check}
     * @param provider a catalogue surface id
     * @param json     one whole response
     * @throws IllegalArgumentException when the catalogue has no surface {@code provider}
     */
    static Row check(String provider, String json) {
        SurfaceCheck<?, ?> check = CHECKS.get(provider == null ? "" : provider);
        if (check == null) {
            check = SurfaceSource.Catalogue.named(provider).newCheck(true);
            CHECKS.putIfAbsent(provider, check);
        }
        return check.check(json).toRow();
    }
}
