package dev.usageschema.cli;

import static com.google.common.truth.Truth.assertThat;
import static dev.usageschema.cli.Cli.fixture;
import static dev.usageschema.cli.Verdicts.SCHEMA;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each output format over the same records, against its golden file. */
class OutputFormatsTest {

    @TempDir
    Path temp;

    @Test
    void textListsTheRejectedRecordsThenTheSummary() {
        Golden.assertMatches("usage.txt", Cli.run("check", "--schema", SCHEMA, fixture("usage.jsonl")).out());
    }

    @Test
    void textWithFailOnWarningListsTheRecordsWithWarningsToo() {
        Golden.assertMatches("usage-fail-on-warning.txt",
                Cli.run("check", "--schema", SCHEMA, "--fail-on", "warning", fixture("usage.jsonl")).out());
    }

    @Test
    void jsonIsEveryVerdictThenTheSummaryInOneDocument() {
        Golden.assertMatches("usage.json", Cli.run("check", "--schema", SCHEMA, "--format", "json",
                fixture("usage.jsonl")).out());
    }

    @Test
    void jsonLinesIsAVerdictALineThenTheSummary() {
        Golden.assertMatches("usage.jsonl", Cli.run("check", "--schema", SCHEMA, "--format", "jsonl",
                fixture("usage.jsonl")).out());
    }

    @Test
    void theSumIsOfTheAcceptedRecordsInEachFormat() {
        Golden.assertMatches("usage-sum.txt", Cli.run("check", "--schema", SCHEMA, "--sum", fixture("usage.jsonl"),
                fixture("valid.jsonl")).out());
        Golden.assertMatches("usage-sum-by-file.json", Cli.run("check", "--schema", SCHEMA, "--sum", "--by", "file",
                "--format", "json", fixture("usage.jsonl"), fixture("valid.jsonl")).out());
    }

    @Test
    void anOverflowingRecordIsRejectedByTheSumAndTheSumGoesOn() {
        String huge = "{\"prompt_tokens\":9223372036854775000,\"completion_tokens\":0,\"total_tokens\":9223372036854775000}";
        Cli.Result result = Cli.run(new java.io.ByteArrayInputStream((huge + "\n" + huge + "\n").getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), "check", "--schema", SCHEMA, "--sum");
        assertThat(result.out()).contains("  1 added, 1 rejected by adding: {\"prompt_tokens\":9223372036854775000,");
        assertThat(result.out()).contains("    <stdin>:2: error OVERFLOW at /prompt_tokens: promptTokens adds up to"
                + " 18446744073709550000, past 9223372036854775807");
    }

    @Test
    void theCanonicalFileHoldsTheCanonicalUsageOfEveryAcceptedRecord() throws Exception {
        Path canonical = temp.resolve("canonical.jsonl");
        Cli.Result result = Cli.run("check", "--schema", SCHEMA, "--canonical", canonical.toString(),
                fixture("usage.jsonl"));
        assertThat(result.exit()).isEqualTo(1);
        List<String> lines = Files.readAllLines(canonical);
        assertThat(lines).containsExactly(
                "{\"convention\":\"test-chat\",\"input_tokens\":10,\"input_uncached_tokens\":10,\"output_tokens\":5,"
                        + "\"output_text_tokens\":5,\"total_tokens\":15}",
                "{\"convention\":\"test-chat\",\"input_tokens\":9,\"input_uncached_tokens\":9,\"output_tokens\":12,"
                        + "\"output_text_tokens\":12,\"total_tokens\":21}",
                "{\"convention\":\"test-chat\",\"input_tokens\":20,\"input_uncached_tokens\":16,\"cache_read_tokens\":4,"
                        + "\"output_tokens\":1,\"output_text_tokens\":1,\"total_tokens\":21}").inOrder();
        // The canonical lines are records of the canonical schema in turn.
        assertThat(Cli.run("check", "--schema", "dev.usageschema.canonical.CanonicalUsage", canonical.toString())
                .exit()).isEqualTo(0);
    }
}
