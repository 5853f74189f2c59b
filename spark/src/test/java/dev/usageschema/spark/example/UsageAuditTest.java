package dev.usageschema.spark.example;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.spark.SharedSpark;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedSpark.class)
class UsageAuditTest {

    @Test
    void theAuditRejectsExactlyThePlantedRecordsAndTotalsTheOthersPerDayAndModel(SparkSession spark, @TempDir Path out)
            throws IOException {
        Path log = out.resolve("calls.tsv");
        CallLog.Planted planted = CallLog.write(1_100, log);

        UsageAudit.Found found = UsageAudit.audit(spark, log, out);

        // 1,100 calls: 8 OpenAI or DeepSeek totals off their parts (at 99, 199, 399, ...), line 500 cut short.
        assertThat(planted.rejected()).hasSize(9);
        assertThat(found.differences(planted)).isEmpty();
        assertThat(lines(out.resolve("rejected"))).hasSize(9);
        assertThat(lines(out.resolve("totals"))).hasSize(planted.totals().size());
        // What was not planted is told.
        CallLog.Planted fewer = new CallLog.Planted(planted.rejected().subList(1, 9), planted.totals());
        assertThat(found.differences(fewer)).hasSize(1);
        assertThat(found.differences(new CallLog.Planted(planted.rejected(), Map.of()))).hasSize(1);
    }

    private static List<String> lines(Path directory) throws IOException {
        List<String> lines = new ArrayList<>();
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(directory, "*.json")) {
            for (Path part : parts) {
                lines.addAll(Files.readAllLines(part));
            }
        }
        return lines;
    }
}
