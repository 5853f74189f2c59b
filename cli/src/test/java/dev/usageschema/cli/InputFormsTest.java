package dev.usageschema.cli;

import static com.google.common.truth.Truth.assertThat;
import static dev.usageschema.cli.Cli.fixture;
import static dev.usageschema.cli.Verdicts.SCHEMA;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way records can be laid out is framed into the same records, each at the line it starts on. */
class InputFormsTest {

    @TempDir
    Path temp;

    @Test
    void jsonLinesAreOneRecordALineAndBlankLinesAreNone() {
        Verdicts run = Verdicts.of(Cli.run("check", "--schema", SCHEMA, "--format", "jsonl", fixture("usage.jsonl")));
        assertThat(run.lines()).containsExactly("1 accepted", "2 rejected", "3 accepted with warnings", "4 rejected",
                "6 rejected", "7 accepted").inOrder();
        assertThat(run.violations(2)).containsExactly(
                "SUM /total_tokens: promptTokens 10 + completionTokens 5 != totalTokens 99");
        assertThat(run.violations(6)).containsExactly(
                "AT_MOST /prompt_tokens_details/cached_tokens: cachedTokens 10 > promptTokens 9");
        assertThat(run.summary.get("records").asLong()).isEqualTo(6);
    }

    @Test
    void anArrayIsOneRecordAnElementAtTheLineItStartsOn() {
        Verdicts run = Verdicts.of(Cli.run("check", "--schema", SCHEMA, "--format", "jsonl", fixture("usage-array.json")));
        assertThat(run.lines()).containsExactly("2 accepted", "7 rejected", "8 accepted").inOrder();
    }

    @Test
    void oneDocumentOverManyLinesIsOneRecord() {
        Verdicts run = Verdicts.of(Cli.run("check", "--schema", SCHEMA, "--format", "jsonl",
                fixture("usage-document.json")));
        assertThat(run.lines()).containsExactly("1 rejected");
        assertThat(run.violations(1)).containsExactly(
                "AT_MOST /prompt_tokens_details/cached_tokens: cachedTokens 11 > promptTokens 10");
    }

    @Test
    void documentsOneAfterAnotherAndAnArrayOnOneLineAreRecordsToo() {
        byte[] documents = "{\"prompt_tokens\":1,\n\"completion_tokens\":1,\"total_tokens\":2}\n{\"prompt_tokens\":1,\n\"completion_tokens\":1,\"total_tokens\":3}"
                .getBytes(UTF_8);
        Verdicts run = Verdicts.of(Cli.run(new ByteArrayInputStream(documents), "check", "--schema", SCHEMA,
                "--format", "jsonl"));
        assertThat(run.lines()).containsExactly("1 accepted", "3 rejected").inOrder();

        byte[] array = "[{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}, \"x\", {\"a\":\"]\"}]\n"
                .getBytes(UTF_8);
        run = Verdicts.of(Cli.run(new ByteArrayInputStream(array), "check", "--schema", SCHEMA, "--format", "jsonl"));
        assertThat(run.lines()).containsExactly("1 accepted", "1 rejected", "1 rejected").inOrder();
        assertThat(run.summary.get("records").asLong()).isEqualTo(3);
    }

    @Test
    void theFormCanBeNamedWhereTheFirstBytesWouldMisleadTheGuess() {
        // Its first line is cut short, so the guess is documents; --input lines keeps each line apart.
        byte[] lines = "{\"prompt_tokens\":1,\n{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}\n"
                .getBytes(UTF_8);
        Verdicts run = Verdicts.of(Cli.run(new ByteArrayInputStream(lines), "check", "--schema", SCHEMA,
                "--format", "jsonl", "--input", "lines"));
        assertThat(run.lines()).containsExactly("1 rejected", "2 accepted").inOrder();
    }

    @Test
    void gzipIsReadAsItIsWhateverTheFilesName() throws IOException {
        Path zipped = temp.resolve("usage.jsonl.gz");
        Files.write(zipped, gzip(Files.readAllBytes(Path.of(fixture("usage.jsonl")))));
        Path unnamed = temp.resolve("usage.data");
        Files.copy(zipped, unnamed);
        for (Path file : new Path[] {zipped, unnamed}) {
            Verdicts run = Verdicts.of(Cli.run("check", "--schema", SCHEMA, "--format", "jsonl", file.toString()));
            assertThat(run.lines()).containsExactly("1 accepted", "2 rejected", "3 accepted with warnings",
                    "4 rejected", "6 rejected", "7 accepted").inOrder();
        }
    }

    @Test
    void standardInputIsReadForADashOrNoFileAndNamedSo() {
        byte[] one = "{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":3}\n".getBytes(UTF_8);
        for (String[] args : new String[][] {{"check", "--schema", SCHEMA}, {"check", "--schema", SCHEMA, "-"}}) {
            Cli.Result result = Cli.run(new ByteArrayInputStream(one), args);
            assertThat(result.out()).startsWith("<stdin>:1: error SUM at /total_tokens:");
        }
    }

    @Test
    void manyFilesAreReadInTheOrderGiven() {
        Verdicts run = Verdicts.of(Cli.run("check", "--schema", SCHEMA, "--format", "jsonl", fixture("valid.jsonl"),
                fixture("warned.jsonl")));
        assertThat(run.verdicts.stream().map(node -> node.get("file").asString() + ":" + node.get("line").asLong())
                .toList()).containsExactly("valid.jsonl:1", "valid.jsonl:2", "warned.jsonl:1").inOrder();
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }
}
