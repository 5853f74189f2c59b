package dev.usageschema.cli;

import static com.google.common.truth.Truth.assertThat;
import static dev.usageschema.cli.Verdicts.SCHEMA;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input never stops a run: each bad record is one rejection, the rest is read, and the summary says so. */
class BadInputTest {

    private static final String GOOD = "{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}\n";

    @TempDir
    Path temp;

    @Test
    void aMalformedLineIsOneRejectionAndTheLinesAfterItAreRead() {
        byte[] input = (GOOD + "{\"prompt_tokens\":1,,}\n" + GOOD).getBytes(UTF_8);
        Verdicts run = Verdicts.of(Cli.run(new ByteArrayInputStream(input), "check", "--schema", SCHEMA,
                "--format", "jsonl"));
        assertThat(run.lines()).containsExactly("1 accepted", "2 rejected", "3 accepted").inOrder();
        assertThat(run.violations(2).get(0)).startsWith("MALFORMED : unreadable JSON: Unexpected character");
    }

    @Test
    void aTruncatedGzipMemberRejectsWhereItIsCutAndTheSummarySaysSo() throws IOException {
        byte[] whole = InputFormsTest.gzip((GOOD.repeat(1000)).getBytes(UTF_8));
        Path cut = temp.resolve("cut.jsonl.gz");
        Files.write(cut, Arrays.copyOf(whole, whole.length - 12));
        Cli.Result result = Cli.run("check", "--schema", SCHEMA, cut.toString());
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).contains(": error MALFORMED: the input could not be read past this line");
        assertThat(result.out()).contains("the gzip data ends inside a member, so the file was cut short");
        // Every line before the cut is read, in both inputs: the second is read after the first failed.
        Verdicts run = Verdicts.of(Cli.run("check", "--schema", SCHEMA, "--format", "jsonl", cut.toString(),
                Cli.fixture("valid.jsonl")));
        assertThat(run.summary.get("rejected").asLong()).isEqualTo(1);
        assertThat(run.summary.get("accepted").asLong()).isAtLeast(990);
        assertThat(run.verdicts.get(run.verdicts.size() - 1).get("file").asString()).isEqualTo("valid.jsonl");
    }

    @Test
    void binaryGarbageIsRejectedLineByLineAndTheRestIsRead() {
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        for (int index = 0; index < garbage.length; index++) {
            garbage[index] = garbage[index] == '\n' ? 0 : garbage[index];
        }
        InputStream input = new SequenceInputStream(new ByteArrayInputStream((GOOD).getBytes(UTF_8)),
                new SequenceInputStream(new ByteArrayInputStream(garbage), new ByteArrayInputStream(("\n" + GOOD)
                        .getBytes(UTF_8))));
        Verdicts run = Verdicts.of(Cli.run(input, "check", "--schema", SCHEMA, "--format", "jsonl", "--input", "lines"));
        assertThat(run.lines()).containsExactly("1 accepted", "2 rejected", "3 accepted").inOrder();
        assertThat(run.violations(2).get(0)).startsWith("MALFORMED");
    }

    @Test
    void aLineOf200MegabytesIsRejectedUnreadWithinTheLimitAndTheNextLineIsRead() {
        long size = 200L << 20;
        InputStream huge = new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int count = (int) Math.min(length, left);
                Arrays.fill(buffer, offset, offset + count, (byte) 'x');
                left -= count;
                return count;
            }
        };
        InputStream input = new SequenceInputStream(new ByteArrayInputStream(GOOD.getBytes(UTF_8)),
                new SequenceInputStream(huge, new ByteArrayInputStream(("\n" + GOOD).getBytes(UTF_8))));
        Verdicts run = Verdicts.of(Cli.run(input, "check", "--schema", SCHEMA, "--format", "jsonl"));
        assertThat(run.lines()).containsExactly("1 accepted", "2 rejected", "3 accepted").inOrder();
        assertThat(run.violations(2)).containsExactly("MALFORMED : a line of " + size + " bytes, past the limit of"
                + " 16777216 bytes a record may have (--max-record-bytes): not read");
    }

    @Test
    void aRecordPastTheLimitInAnArrayIsSkippedToItsEnd() {
        String big = "{\"prompt_tokens\":1,\"pad\":\"" + "y".repeat(5000) + "\"}";
        byte[] input = ("[" + GOOD.strip() + ",\n" + big + ",\n" + GOOD.strip() + "]").getBytes(UTF_8);
        Verdicts run = Verdicts.of(Cli.run(new ByteArrayInputStream(input), "check", "--schema", SCHEMA,
                "--format", "jsonl", "--max-record-bytes", "1000"));
        assertThat(run.lines()).containsExactly("1 accepted", "2 rejected", "3 accepted").inOrder();
        assertThat(run.violations(2).get(0)).contains("a record of 5028 bytes, past the limit of 1000 bytes");
    }

    @Test
    void anArrayCutShortRejectsItsLastRecord() {
        byte[] input = ("[" + GOOD.strip() + ",\n{\"prompt_tokens\":1,").getBytes(UTF_8);
        Verdicts run = Verdicts.of(Cli.run(new ByteArrayInputStream(input), "check", "--schema", SCHEMA,
                "--format", "jsonl"));
        assertThat(run.lines()).containsExactly("1 accepted", "2 rejected").inOrder();
        assertThat(run.violations(2)).containsExactly("MALFORMED : the input ends inside this record, 19 bytes in");
    }
}
