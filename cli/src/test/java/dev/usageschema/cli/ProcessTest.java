package dev.usageschema.cli;

import static com.google.common.truth.Truth.assertThat;
import static dev.usageschema.cli.Verdicts.SCHEMA;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The checker as a process of its own: what it prints, its exit codes, Ctrl-C, and the progress bar. */
class ProcessTest {

    private static final String GOOD = "{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}\n";
    private static final String BAD = "{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":3}\n";

    @Test
    void aRunPrintsWhatItPrintsInProcessAndExitsWithItsCode() {
        Cli.Result result = Cli.process(new byte[0], "check", "--schema", SCHEMA, "usage.jsonl");
        assertThat(result.exit()).isEqualTo(1);
        Golden.assertMatches("usage.txt", result.out());
        assertThat(result.err()).isEmpty();
        assertThat(Cli.process(new byte[0], "check", "--schema", SCHEMA, "valid.jsonl").exit()).isEqualTo(0);
        Cli.Result missing = Cli.process(new byte[0], "check", "--schema", SCHEMA, "missing.jsonl");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read missing.jsonl: no such file");
    }

    @Test
    void piped_theProgressBarIsSilentEvenForALongRun() {
        Cli.Result result = Cli.finish(Cli.start(List.of(), "check", "--schema", SCHEMA), slowly());
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEmpty();
    }

    @Test
    void theProgressBarAppearsOnStandardErrorOnceARunTakesMoreThanASecond() throws Exception {
        Process process = Cli.start(List.of(), "check", "--schema", SCHEMA, "--progress", "always");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread outReader = Cli.copier(process.getInputStream(), out);
        Thread errReader = Cli.copier(process.getErrorStream(), err);
        try (OutputStream in = process.getOutputStream()) {
            in.write(BAD.getBytes(UTF_8));
            in.flush();
            awaitOutput(out, "<stdin>:1: error SUM");
            // The run is under way: a second more, and the bar may appear.
            Thread.sleep(Progress.DELAY_NANOS / 1_000_000 + 200);
            in.write(GOOD.getBytes(UTF_8));
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        outReader.join();
        errReader.join();
        assertThat(err.toString(UTF_8)).contains("checking");
        assertThat(err.toString(UTF_8)).contains("2 records");
        assertThat(out.toString(UTF_8)).contains("2 records read: 1 accepted");
    }

    @Test
    void ctrlCPrintsTheSummarySoFar() throws Exception {
        Process process = Cli.start(List.of(), "check", "--schema", SCHEMA);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread outReader = Cli.copier(process.getInputStream(), out);
        OutputStream in = process.getOutputStream();
        in.write((GOOD + BAD + GOOD).getBytes(UTF_8));
        in.flush();
        // The input is then quiet: what was found so far is shown, and the run waits for more.
        awaitOutput(out, "<stdin>:2: error SUM");
        interrupt(process);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        outReader.join();
        in.close();
        assertThat(process.exitValue()).isEqualTo(130);
        assertThat(out.toString(UTF_8)).contains("\ninterrupted: the summary of the records read so far\n\n"
                + "3 records read: 2 accepted, 0 accepted with warnings, 1 rejected\n");
    }

    private static void awaitOutput(ByteArrayOutputStream out, String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!out.toString(UTF_8).contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(out.toString(UTF_8)).contains(text);
    }

    private static void interrupt(Process process) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
        assertThat(kill.waitFor()).isEqualTo(0);
    }

    /** {@return many records: a run long enough that a progress bar would be shown} */
    private static byte[] slowly() {
        return (GOOD.repeat(200_000) + BAD).getBytes(UTF_8);
    }
}
