package dev.usageschema.spark;

import static com.google.common.truth.Truth.assertThat;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;

import dev.usageschema.Validated;
import dev.usageschema.canonical.ImmutableCanonicalUsage;
import dev.usageschema.json.UsageSurface;
import dev.usageschema.sum.Total;
import dev.usageschema.canonical.CanonicalUsage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedSpark.class)
class UsageTotalsTest {

    /** The canonical usage read as its own schema: lines of canonical JSON, to set counts and costs directly. */
    private static final UsageCheck CANONICAL = UsageCheck.of(
            () -> UsageSurface.of(ImmutableCanonicalUsage.jsonSchema(), ImmutableCanonicalUsage.adder()),
            UsageCheckTest::itself).usageObjects();

    @Test
    void totalsByProviderAfterAShuffleEqualTheOneMachineSumOfTheSameRecords(SparkSession spark) {
        UsageSpark.register(spark);
        List<String> tagged = new ArrayList<>();
        Map<String, List<String>> byProvider = new LinkedHashMap<>();
        for (String provider : List.of("openai-chat", "anthropic-messages", "deepseek-chat")) {
            List<String> lines = OneMachine.fixtures(provider);
            // Each record three times, so that every group has sums of many values on both tasks.
            for (int copy = 0; copy < 3; copy++) {
                lines.forEach(line -> tagged.add(provider + "\t" + line));
                byProvider.computeIfAbsent(provider, key -> new ArrayList<>()).addAll(lines);
            }
        }
        spark.createDataset(tagged, Encoders.STRING()).repartition(2).createOrReplaceTempView("mixed");

        // The checks cross one shuffle (violations and usage as rows), spread by their hash so that both
        // tasks hold accepted records of each provider; the partial totals cross another (the buffer, by Java
        // serialization), where two partial sums are added.
        List<Row> rows = spark.sql("SELECT p, usage_total(c) AS t FROM (SELECT split_part(value, '\\t', 1) AS p,"
                + " usage_check(split_part(value, '\\t', 1), split_part(value, '\\t', 2)) AS c FROM mixed"
                + " DISTRIBUTE BY c) GROUP BY p").collectAsList();

        Map<String, String> actual = new HashMap<>();
        for (Row row : rows) {
            actual.put(row.getString(0), described(row.getStruct(1)));
        }
        Map<String, String> expected = new HashMap<>();
        byProvider.forEach((provider, lines) -> expected.put(provider, oneMachine(provider, lines)));
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.get("openai-chat")).contains("rejected by {");
    }

    @Test
    void aRecordWhoseAddingPassesLongMaxIsRejectedUnderOverflowAndTheSumStays(SparkSession spark) {
        long big = Long.MAX_VALUE / 2 + 1;
        String line = "{\"input_tokens\":" + big + ",\"input_uncached_tokens\":" + big + ",\"output_tokens\":0,"
                + "\"output_text_tokens\":0,\"total_tokens\":" + big + "}";
        Row total = CANONICAL.check(spark.createDataset(List.of(line, line, "{\"input_tokens\":1,\"input_uncached_tokens\":1,"
                + "\"output_tokens\":2,\"output_text_tokens\":2,\"total_tokens\":3}"), Encoders.STRING()).coalesce(1))
                .agg(UsageSpark.total(struct(col("verdict"), col("violations"), col("usage")))).first().getStruct(0);

        assertThat(described(total)).isEqualTo("accepted 2, rejected 1, rejected by {OVERFLOW=1}, input "
                + (big + 1) + ", output 2, total " + (big + 3) + ", cost null");
    }

    @Test
    void costsAddAsExactDecimals(SparkSession spark) {
        String line = "{\"input_tokens\":1,\"input_uncached_tokens\":1,\"output_tokens\":0,\"output_text_tokens\":0,"
                + "\"total_tokens\":1,\"cost\":0.000582}";
        String tiny = "{\"input_tokens\":1,\"input_uncached_tokens\":1,\"output_tokens\":0,\"output_text_tokens\":0,"
                + "\"total_tokens\":1,\"cost\":1.2345678901234567e-25}";
        Row total = CANONICAL.check(spark.createDataset(List.of(line, line, line, tiny), Encoders.STRING()).repartition(2))
                .agg(UsageSpark.total(struct(col("verdict"), col("violations"), col("usage")))).first().getStruct(0);

        assertThat(total.getStruct(3).<String>getAs("cost")).isEqualTo(
                new BigDecimal("0.001746").add(new BigDecimal("1.2345678901234567e-25")).toPlainString());
    }

    @Test
    void aBufferComesBackFromJavaSerializationWithItsSumCheckedAgain() throws Exception {
        TotalsBuffer buffer = new TotalsBuffer();
        buffer.accept(ImmutableCanonicalUsage.builder().inputTokens(3).inputUncachedTokens(3).outputTokens(1)
                .outputTextTokens(1).totalTokens(4).build());
        buffer.reject(2, java.util.Set.of("SUM"));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(buffer);
        }
        TotalsBuffer back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (TotalsBuffer) in.readObject();
        }

        assertThat(back.sum()).isEqualTo(buffer.sum());
        assertThat(back.accepted()).isEqualTo(1);
        assertThat(back.rejected()).isEqualTo(2);
        assertThat(back.rejectedByRule()).containsExactly("SUM", 2L);
    }

    /** The one-machine total of a provider's records: each checked, the accepted ones through {@code adder().summing()}. */
    private static String oneMachine(String provider, List<String> lines) {
        List<ImmutableCanonicalUsage> accepted = new ArrayList<>();
        long rejected = 0;
        TreeMap<String, Long> byRule = new TreeMap<>();
        for (String line : lines) {
            OneMachine.Expected checked = OneMachine.check(provider, line);
            if (checked.usage() == null) {
                rejected++;
                checked.violations().stream().filter(violation -> violation.contains(" ERROR "))
                        .map(violation -> violation.substring(0, violation.indexOf(' '))).distinct()
                        .forEach(rule -> byRule.merge(rule, 1L, Long::sum));
            } else {
                accepted.add(checked.usage());
            }
        }
        Total<CanonicalUsage, ImmutableCanonicalUsage> total = accepted.stream()
                .collect(ImmutableCanonicalUsage.adder().summing());
        assertThat(total.rejectedCount()).isEqualTo(0);
        ImmutableCanonicalUsage sum = total.sum().orElseThrow();
        return "accepted " + total.acceptedCount() + ", rejected " + rejected + ", rejected by " + byRule + ", input "
                + sum.inputTokens() + ", output " + sum.outputTokens() + ", total " + sum.totalTokens() + ", cost "
                + sum.cost().map(BigDecimal::toPlainString).orElse(null) + ", usage " + sum;
    }

    private static String described(Row total) {
        Row usage = total.getStruct(3);
        Validated<ImmutableCanonicalUsage> sum = CanonicalColumns.fromRow(usage);
        return "accepted " + total.getLong(0) + ", rejected " + total.getLong(1) + ", rejected by "
                + new TreeMap<>(total.<String, Long>getJavaMap(2)) + ", input " + usage.getAs("input_tokens") + ", output "
                + usage.getAs("output_tokens") + ", total " + usage.getAs("total_tokens") + ", cost " + usage.getAs("cost")
                + (total.getLong(0) > 2 ? ", usage " + sum.orElseThrow() : "");
    }
}
