package dev.usageschema.spark;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedSpark.class)
class UsageSqlTest {

    @Test
    void usageCheckInSqlGivesEachProvidersRecordsTheOneMachineCheck(SparkSession spark) {
        UsageSpark.register(spark);
        List<String> providers = List.of("openai-chat", "anthropic-messages", "deepseek-chat");
        List<String> tagged = new ArrayList<>();
        List<OneMachine.Expected> expected = new ArrayList<>();
        for (String provider : providers) {
            for (String line : OneMachine.fixtures(provider)) {
                tagged.add(provider + "\t" + line);
                expected.add(OneMachine.check(provider, line));
            }
        }
        spark.createDataset(tagged, Encoders.STRING()).createOrReplaceTempView("calls");

        List<Row> rows = spark.sql("SELECT usage_check(split_part(value, '\\t', 1), split_part(value, '\\t', 2)) AS c"
                + " FROM calls").collectAsList();

        assertThat(rows.stream().map(row -> OneMachine.of(row.getStruct(0))).toList()).containsExactlyElementsIn(expected);
    }

    @Test
    void anIdTheCatalogueDoesNotHaveFailsTheQueryNamingIt(SparkSession spark) {
        UsageSpark.register(spark);

        Exception thrown = assertThrows(Exception.class,
                () -> spark.sql("SELECT usage_check('open-ai', '{}')").collectAsList());

        assertThat(causes(thrown)).contains("the catalogue has no provider surface 'open-ai'");
    }

    private static String causes(Throwable thrown) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            all.append(cause.getMessage()).append('\n');
        }
        return all.toString();
    }
}
