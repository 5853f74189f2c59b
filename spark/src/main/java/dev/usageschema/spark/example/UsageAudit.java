package dev.usageschema.spark.example;

import dev.usageschema.spark.UsageCheck;
import dev.usageschema.spark.UsageSpark;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * An example job. {@code UsageAudit N OUT} writes a log of N calls (tab-separated: day, provider surface,
 * model, whole response; OpenAI chat, DeepSeek chat and Anthropic messages mixed, one OpenAI or DeepSeek
 * response in a hundred with a total that is not the sum of its parts), audits it, and writes the
 * rejected records with their violations to {@code OUT/rejected} and the totals per day and model to
 * {@code OUT/totals}, both JSON lines. {@code UsageAudit --check PROVIDER FILE} checks a file of whole
 * responses and prints how many went each way and how long it took. The master is spark-submit's, or
 * {@code local[*]}.
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
            write(Integer.parseInt(args[0]), log);
            try (SparkSession spark = session()) {
                audit(spark, log, out);
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

    private static void audit(SparkSession spark, Path log, Path out) {
        UsageSpark.register(spark);
        spark.read().text(log.toString()).createOrReplaceTempView("log");
        Dataset<Row> checked = spark.sql("SELECT split_part(value, '\\t', 1) AS day, split_part(value, '\\t', 3) AS model,"
                + " split_part(value, '\\t', 4) AS response,"
                + " usage_check(split_part(value, '\\t', 2), split_part(value, '\\t', 4)) AS c FROM log").cache();
        checked.createOrReplaceTempView("checked");
        spark.sql("SELECT day, model, response, c.violations FROM checked WHERE c.verdict = 'REJECTED'")
                .write().mode("overwrite").json(out.resolve("rejected").toString());
        spark.sql("SELECT day, model, t.accepted, t.rejected, t.rejected_by_rule, t.usage.input_tokens,"
                + " t.usage.cache_read_tokens, t.usage.output_tokens, t.usage.reasoning_tokens, t.usage.total_tokens"
                + " FROM (SELECT day, model, usage_total(c) AS t FROM checked GROUP BY day, model) ORDER BY day, model")
                .write().mode("overwrite").json(out.resolve("totals").toString());
        spark.sql("SELECT c.verdict, count(*) AS records FROM checked GROUP BY c.verdict ORDER BY c.verdict").show();
        System.out.println("rejected records in " + out.resolve("rejected") + ", totals per day and model in "
                + out.resolve("totals"));
    }

    private static void check(SparkSession spark, String provider, String file) {
        long start = System.nanoTime();
        Dataset<Row> checked = UsageCheck.provider(provider).check(spark.read().textFile(file));
        Row counts = checked.selectExpr("count(*)", "count_if(verdict = 'REJECTED')").first();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d records, %d rejected, %.1f s, %d cores%n", counts.getLong(0), counts.getLong(1), seconds,
                spark.sparkContext().defaultParallelism());
    }

    /** Writes {@code records} calls, the same for the same count. */
    private static void write(int records, Path log) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        LocalDate first = LocalDate.of(2026, 11, 1);
        String[] openAi = {"gpt-4.1-mini", "gpt-5.6-sol"};
        try (BufferedWriter writer = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            for (int at = 0; at < records; at++) {
                String day = first.plusDays(at % 7).toString();
                long input = 20 + random.nextInt(4000);
                long output = 1 + random.nextInt(800);
                long cached = random.nextLong(input + 1);
                long off = at % 100 == 99 ? 1 + random.nextInt(50) : 0;
                String line = switch (at % 3) {
                    case 0 -> tab(day, "openai-chat", openAi[at % 2], "{\"id\":\"chatcmpl-" + at + "\",\"object\":\"chat.completion\","
                            + "\"model\":\"" + openAi[at % 2] + "\",\"usage\":{\"prompt_tokens\":" + input
                            + ",\"completion_tokens\":" + output + ",\"total_tokens\":" + (input + output + off)
                            + ",\"prompt_tokens_details\":{\"cached_tokens\":" + cached + "}}}");
                    case 1 -> tab(day, "deepseek-chat", "deepseek-chat", "{\"id\":\"ds-" + at + "\",\"object\":\"chat.completion\","
                            + "\"model\":\"deepseek-chat\",\"usage\":{\"prompt_tokens\":" + input + ",\"completion_tokens\":"
                            + output + ",\"total_tokens\":" + (input + output + off) + ",\"prompt_cache_hit_tokens\":"
                            + cached + ",\"prompt_cache_miss_tokens\":" + (input - cached) + "}}");
                    default -> tab(day, "anthropic-messages", "claude-sonnet-4-6", "{\"id\":\"msg_" + at
                            + "\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-sonnet-4-6\",\"usage\":"
                            + "{\"input_tokens\":" + (input - cached) + ",\"cache_read_input_tokens\":" + cached
                            + ",\"cache_creation_input_tokens\":0,\"output_tokens\":" + output + "}}");
                };
                writer.write(line);
                writer.newLine();
            }
        }
    }

    private static String tab(String day, String provider, String model, String response) {
        return day + '\t' + provider + '\t' + model + '\t' + response;
    }
}
