package dev.usageschema.spark;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.usageschema.Validated;
import dev.usageschema.canonical.ImmutableCanonicalUsage;
import dev.usageschema.json.UsageSurface;
import dev.usageschema.providers.openai.ImmutableChatUsage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedSpark.class)
class UsageCheckTest {

    @Test
    void eachRecordHasTheVerdictViolationsAndCanonicalUsageOfTheOneMachineCheck(SparkSession spark) {
        List<String> lines = OneMachine.fixtures("openai-chat");
        List<Row> rows = UsageCheck.provider("openai-chat")
                .check(spark.createDataset(lines, Encoders.STRING()).repartition(2).sortWithinPartitions("value"))
                .collectAsList();
        // The check's rows, matched to their lines: the line is kept for the rejected only.
        List<String> verdicts = new ArrayList<>();
        for (Row row : rows) {
            verdicts.add(row.getString(0));
        }
        assertThat(verdicts).containsAtLeast("ACCEPTED", "REJECTED");
        List<OneMachine.Expected> expected = lines.stream().map(line -> OneMachine.check("openai-chat", line)).toList();
        List<OneMachine.Expected> actual = rows.stream().map(OneMachine::of).toList();
        assertThat(actual).containsExactlyElementsIn(expected);
        for (Row row : rows) {
            assertThat(row.isNullAt(3)).isEqualTo(!row.getString(0).equals("REJECTED"));
        }
        List<String> rejectedLines = rows.stream().filter(row -> !row.isNullAt(3)).map(row -> row.getString(3)).toList();
        assertThat(rejectedLines).containsExactlyElementsIn(Arrays.asList(lines.stream()
                .filter(line -> OneMachine.check("openai-chat", line).verdict().equals("REJECTED")).toArray()));
    }

    @Test
    void aMalformedOrNullLineIsARejectedRowWithItsLineNotAFailedJob(SparkSession spark) {
        String good = OneMachine.fixtures("openai-chat").get(0);
        List<Row> rows = UsageCheck.provider("openai-chat")
                .check(spark.createDataset(Arrays.asList("{\"usage\": {\"prompt_tokens\": 1", null, good), Encoders.STRING()))
                .collectAsList();

        assertThat(rows.get(0).getString(0)).isEqualTo("REJECTED");
        assertThat(rows.get(0).<Row>getList(1).get(0).getString(0)).isEqualTo("MALFORMED");
        assertThat(rows.get(0).getString(3)).isEqualTo("{\"usage\": {\"prompt_tokens\": 1");
        assertThat(OneMachine.of(rows.get(1)).violations()).containsExactly("NOT_NULL ERROR : the record is null");
        assertThat(rows.get(1).isNullAt(3)).isTrue();
        assertThat(OneMachine.of(rows.get(2))).isEqualTo(OneMachine.check("openai-chat", good));
    }

    @Test
    void violationsOfTheCanonicalUsageAreReportedAsTheCommandLineCheckReportsThem(SparkSession spark) {
        // An Anthropic cache-write split that does not add up: a warning of the record, which the canonical
        // usage repeats at /cache_write_tokens; an Azure cache read above the prompt: warnings of the record,
        // and errors of the canonical usage, which reject it.
        String splitOff = OneMachine.fixtures("anthropic-messages").get(4);
        String cacheAbovePrompt = OneMachine.fixtures("azure-openai-chat").get(5);
        List<Row> rows = UsageCheck.provider("anthropic-messages").check(spark.createDataset(List.of(splitOff),
                Encoders.STRING())).collectAsList();
        rows = new ArrayList<>(rows);
        rows.addAll(UsageCheck.provider("azure-openai-chat").check(spark.createDataset(List.of(cacheAbovePrompt),
                Encoders.STRING())).collectAsList());

        // The words of usage-schema check --provider ... --canonical FILE --format json on each line.
        assertThat(OneMachine.of(rows.get(0)).verdict()).isEqualTo("ACCEPTED_WITH_WARNINGS");
        assertThat(OneMachine.of(rows.get(0)).violations()).containsExactly("SUM WARNING /usage/cache_creation_input_tokens:"
                + " cacheCreation.ephemeral5mInputTokens 1000 + cacheCreation.ephemeral1hInputTokens 200"
                + " != cacheCreationInputTokens 1500");
        assertThat(OneMachine.of(rows.get(1)).verdict()).isEqualTo("REJECTED");
        assertThat(OneMachine.of(rows.get(1)).violations()).containsExactly(
                "SUM WARNING /usage/prompt_tokens: promptTokensDetails.cachedTokens 4328"
                        + " + promptTokensDetails.cacheWriteTokens absent (0) > promptTokens 4142",
                "AT_MOST WARNING /usage/prompt_tokens_details/cached_tokens: promptTokensDetails.cachedTokens 4328"
                        + " > promptTokens 4142",
                "NON_NEGATIVE ERROR /input_uncached_tokens: in the canonical usage: inputUncachedTokens -186 is negative;"
                        + " counts are >= 0",
                "AT_MOST ERROR /cache_read_tokens: in the canonical usage: cacheReadTokens 4328 > inputTokens 4142")
                .inOrder();
    }

    @Test
    void bareUsageObjectsAreReadAsTheUsageItself(SparkSession spark) {
        List<Row> rows = UsageCheck.provider("openai-chat").usageObjects()
                .check(spark.createDataset(List.of(
                        "{\"prompt_tokens\":10,\"completion_tokens\":5,\"total_tokens\":15}",
                        "{\"prompt_tokens\":10,\"completion_tokens\":5,\"total_tokens\":16}"), Encoders.STRING()))
                .collectAsList();

        assertThat(rows.get(0).getString(0)).isEqualTo("ACCEPTED");
        Row usage = rows.get(0).getStruct(2);
        assertThat(usage.<Long>getAs("input_tokens")).isEqualTo(10L);
        assertThat(usage.<Long>getAs("output_tokens")).isEqualTo(5L);
        assertThat(usage.<Long>getAs("total_tokens")).isEqualTo(15L);
        assertThat(usage.<String>getAs("convention")).isEqualTo("openai-chat");
        assertThat(usage.isNullAt(usage.fieldIndex("cost"))).isTrue();
        Row violation = rows.get(1).<Row>getList(1).get(0);
        assertThat(violation.getString(0)).isEqualTo("SUM");
        assertThat(violation.getString(1)).isEqualTo("ERROR");
        assertThat(violation.getString(2)).isEqualTo("/total_tokens");
    }

    @Test
    void aSurfaceOfTheCallersIsMadeAgainWhereTheTasksRun(SparkSession spark) {
        UsageCheck own = UsageCheck.of(
                () -> UsageSurface.of(ImmutableChatUsage.jsonSchema(), ImmutableChatUsage.adder()).at("/data/usage"),
                ImmutableChatUsage::toCanonical);
        List<Row> rows = own.check(spark.createDataset(List.of(
                "{\"data\":{\"usage\":{\"prompt_tokens\":7,\"completion_tokens\":3,\"total_tokens\":10}}}",
                "{\"usage\":{\"prompt_tokens\":7,\"completion_tokens\":3,\"total_tokens\":10}}"), Encoders.STRING()).repartition(2))
                .collectAsList();

        List<String> verdicts = rows.stream().map(row -> row.getString(0) + " "
                + row.<Row>getList(1).stream().map(violation -> violation.getString(0) + " at " + violation.getString(2)).toList())
                .toList();
        assertThat(verdicts).containsExactly("ACCEPTED []", "REJECTED [NO_USAGE at /data/usage]");
    }

    @Test
    void anIdTheCatalogueDoesNotHaveFailsOnTheDriverNamingThoseItHas() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> UsageCheck.provider("open-ai"));

        assertThat(thrown).hasMessageThat().contains("the catalogue has no provider surface 'open-ai'; it has [openai-chat");
    }

    static Validated<ImmutableCanonicalUsage> itself(ImmutableCanonicalUsage usage) {
        return Validated.valid("CanonicalUsage", usage, usage.violations());
    }
}
