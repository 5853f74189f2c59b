package dev.usageschema.spark.example;

import com.sun.management.OperatingSystemMXBean;
import dev.usageschema.spark.UsageCheck;
import dev.usageschema.spark.UsageSpark;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * An example job. {@code UsageAudit N OUT} writes a log of N calls to {@code OUT/calls.tsv} ({@link CallLog}),
 * audits it, writes the rejected records with their violations to {@code OUT/rejected} and the totals per
 * day and model to {@code OUT/totals}, both JSON lines, and compares both with what the log was made to
 * hold: it exits with 1 when they differ. {@code UsageAudit --check PROVIDER FILE} checks a file of whole
 * responses and prints how many records went each way and how long the check took. The master is
 * spark-submit's, or {@code local[*]}.
 */
public final class UsageAudit {

    private UsageAudit() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("--check")) {
            try (SparkSession spark = session()) {
                check(spark, args[1], args[2]);
            }
        } else if (args.length == 2) {
            Path out = Path.of(args[1]);
            Path log = out.resolve("calls.tsv");
            Files.createDirectories(out);
            CallLog.Planted planted = CallLog.write(Integer.parseInt(args[0]), log);
            Found found;
            try (SparkSession spark = session()) {
                found = audit(spark, log, out);
            }
            List<String> differences = found.differences(planted);
            if (differences.isEmpty()) {
                System.out.println("as planted: the " + planted.rejected().size() + " records made inconsistent or cut"
                        + " short are the rejected ones, and the totals of the " + planted.totals().size()
                        + " days and models are the sums of the others");
            } else {
                System.out.println("not as planted:");
                differences.forEach(difference -> System.out.println("  " + difference));
                System.exit(1);
            }
        } else {
            System.err.println("usage: UsageAudit RECORDS OUT | UsageAudit --check PROVIDER FILE");
            System.exit(2);
        }
    }

    private static SparkSession session() {
        SparkSession.Builder builder = SparkSession.builder().appName("usage-audit").config("spark.ui.enabled", "false");
        if (System.getProperty("spark.master") == null) {
            builder.master("local[*]");
        }
        return builder.getOrCreate();
    }

    /**
     * What an audit found: the rejected responses, and the totals per {@code day model} in the words of
     * {@link CallLog.Total}.
     */
    record Found(List<String> rejected, Map<String, String> totals) {

        /** {@return how this differs from what was planted, each difference in words; none when it is as planted} */
        List<String> differences(CallLog.Planted planted) {
            List<String> differences = new ArrayList<>();
            List<String> unexpected = new ArrayList<>(rejected);
            unexpected.removeAll(planted.rejected());
            List<String> missed = new ArrayList<>(planted.rejected());
            missed.removeAll(rejected);
            if (rejected.size() != planted.rejected().size() || !unexpected.isEmpty() || !missed.isEmpty()) {
                differences.add(rejected.size() + " rejected, " + planted.rejected().size()
                        + " planted; rejected but not planted " + unexpected + ", planted but not rejected " + missed);
            }
            Map<String, String> wanted = new TreeMap<>();
            planted.totals().forEach((group, total) -> wanted.put(group, total.toString()));
            if (!wanted.equals(totals)) {
                differences.add("totals per day and model " + totals + ", planted " + wanted);
            }
            return differences;
        }
    }

    /** {@return what the audit of the log found}, having written it to {@code out} */
    static Found audit(SparkSession spark, Path log, Path out) {
        UsageSpark.register(spark);
        spark.read().text(log.toString()).createOrReplaceTempView("log");
        Dataset<Row> checked = spark.sql("SELECT split_part(value, '\\t', 1) AS day, split_part(value, '\\t', 3) AS model,"
                + " split_part(value, '\\t', 4) AS response,"
                + " usage_check(split_part(value, '\\t', 2), split_part(value, '\\t', 4)) AS c FROM log").cache();
        checked.createOrReplaceTempView("checked");
        Dataset<Row> rejected = spark.sql("SELECT day, model, response, c.violations FROM checked"
                + " WHERE c.verdict = 'REJECTED'");
        rejected.write().mode("overwrite").json(out.resolve("rejected").toString());
        Dataset<Row> totals = spark.sql("SELECT day, model, t.accepted, t.rejected, t.rejected_by_rule,"
                + " t.usage.input_tokens, t.usage.cache_read_tokens, t.usage.output_tokens, t.usage.total_tokens"
                + " FROM (SELECT day, model, usage_total(c) AS t FROM checked GROUP BY day, model) ORDER BY day, model");
        totals.write().mode("overwrite").json(out.resolve("totals").toString());
        spark.sql("SELECT c.verdict, count(*) AS records FROM checked GROUP BY c.verdict ORDER BY c.verdict").show();
        System.out.println("rejected records in " + out.resolve("rejected") + ", totals per day and model in "
                + out.resolve("totals"));
        Found found = new Found(rejected.select("response").as(Encoders.STRING()).collectAsList(),
                totalsInWords(totals.collectAsList()));
        checked.unpersist();
        return found;
    }

    private static Map<String, String> totalsInWords(List<Row> totals) {
        Map<String, String> words = new TreeMap<>();
        for (Row row : totals) {
            CallLog.Total total = new CallLog.Total();
            total.accepted = row.getLong(2);
            total.rejected = row.getLong(3);
            total.rejectedByRule.putAll(row.<String, Long>getJavaMap(4));
            // A group with no accepted record has no usage: its sums are 0.
            total.inputTokens = row.isNullAt(5) ? 0 : row.getLong(5);
            total.cacheReadTokens = row.isNullAt(6) ? 0 : row.getLong(6);
            total.outputTokens = row.isNullAt(7) ? 0 : row.getLong(7);
            total.totalTokens = row.isNullAt(8) ? 0 : row.getLong(8);
            words.put(row.getString(0) + " " + row.getString(1), total.toString());
        }
        return words;
    }

    /** Checks a file and prints the counts, the wall time and the process's CPU time of the check alone, past the session's start. */
    private static void check(SparkSession spark, String provider, String file) {
        OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        Dataset<Row> checked = UsageCheck.provider(provider).check(spark.read().textFile(file));
        Row counts = checked.selectExpr("count(*)", "count_if(verdict = 'REJECTED')").first();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
        System.out.printf("%d records, %d rejected, %.2f s, %.2f CPU s, %d cores%n", counts.getLong(0), counts.getLong(1),
                seconds, cpuSeconds, spark.sparkContext().defaultParallelism());
    }
}
