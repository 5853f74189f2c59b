package dev.usageschema.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.usageschema.cli.Cli.fixture;
import static dev.usageschema.cli.ProviderSurfacesTest.EVIDENCE;

import dev.usageschema.providers.ProviderSurface;
import dev.usageschema.providers.Providers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code check --stream}: one record per stream file, its events accumulated in the surface's style. */
class StreamsTest {

    @Test
    void everyStreamFixtureOfTheCatalogueIsOneAcceptedRecord() throws IOException {
        int streams = 0;
        for (ProviderSurface<?, ?> surface : Providers.all()) {
            List<Path> files;
            try (Stream<Path> listed = Files.list(EVIDENCE.resolve(surface.id()))) {
                files = listed.filter(file -> file.getFileName().toString().startsWith("stream")).sorted().toList();
            }
            for (Path file : files) {
                Verdicts run = Verdicts.of(Cli.run("check", "--provider", surface.id(), "--stream", "--format", "jsonl",
                        file.toString()));
                assertWithMessage(file.toString()).that(run.lines()).containsExactly("1 accepted");
                streams++;
            }
        }
        assertThat(streams).isAtLeast(20);
    }

    @Test
    void finalOnly_aMalformedEventIsRejectedAtItsIndexAndTheStreamGoesOnToItsUsage() {
        Verdicts run = Verdicts.of(Cli.run("check", "--provider", "openai-chat", "--stream", "--format", "jsonl",
                fixture("openai-chat-broken.sse")));
        assertThat(run.lines()).containsExactly("1 rejected");
        assertThat(run.violations(1)).containsExactly(
                "MALFORMED /1: unreadable JSON: Unexpected end-of-input within/between Object entries (line 1, column 11)",
                "SUM /2/usage/total_tokens: promptTokens 3 + completionTokens 2 != totalTokens 9").inOrder();
    }

    @Test
    void cumulative_theLastEventsCountsAreTheStreamsAndEachFileIsARecord() {
        Cli.Result result = Cli.run("check", "--provider", "anthropic-messages", "--stream", "--sum", "--by", "file",
                EVIDENCE.resolve("anthropic-messages/stream.sse").toString(),
                EVIDENCE.resolve("openai-chat/stream.sse").toString());
        assertThat(result.out()).contains("2 records read: 1 accepted, 0 accepted with warnings, 1 rejected");
        assertThat(result.out()).contains("anthropic-messages/stream.sse: 1 added, 0 rejected by adding: "
                + "{\"input_tokens\":5,\"output_tokens\":14,");
        // OpenAI's chunks are no Anthropic events: no event carries usage where the surface looks for it.
        assertThat(result.out()).contains("openai-chat/stream.sse:1: error NO_USAGE");
        assertThat(result.exit()).isEqualTo(1);
    }

    @Test
    void cumulative_aCountThatGoesDownRejectsTheStream() throws IOException {
        Path stream = Files.createTempFile("decreasing", ".sse");
        try {
            Files.writeString(stream, Files.readString(EVIDENCE.resolve("anthropic-messages/stream.sse"))
                    .replace("\"output_tokens\":14", "\"output_tokens\":2"));
            Verdicts run = Verdicts.of(Cli.run("check", "--provider", "anthropic-messages", "--stream", "--format",
                    "jsonl", stream.toString()));
            assertThat(run.violations(1)).hasSize(1);
            assertThat(run.violations(1).get(0)).startsWith("COUNT_DECREASED /");
            assertThat(run.violations(1).get(0)).contains("/usage/output_tokens: outputTokens went down from 3 to 2");
        } finally {
            Files.delete(stream);
        }
    }

    @Test
    void asAProcess_aStreamFromStandardInputIsOneRecordAndItsExitCodeSaysWhatItFound() {
        Cli.Result broken = Cli.process(bytes("openai-chat-broken.sse"),
                "check", "--provider", "openai-chat", "--stream", "-");
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.out()).startsWith("<stdin>:1: error MALFORMED at /1: ");
        assertThat(broken.out()).contains("<stdin>:1: error SUM at /2/usage/total_tokens: ");
        Cli.Result listed = Cli.process(new byte[0], "providers");
        assertThat(listed.exit()).isEqualTo(0);
        assertThat(listed.out()).contains("\nanthropic-messages  Anthropic: Messages, ");
    }

    @Test
    void delta_aUserSchemasStreamAddsItsEventsAtTheSiteOfAt() {
        Cli.Result good = Cli.run("check", "--schema", "dev.usageschema.cli.fixtures.DeltaUsage", "--at", "/usage",
                "--stream", "--sum", fixture("delta-stream.jsonl"));
        assertThat(good.exit()).isEqualTo(0);
        assertThat(good.out()).contains("1 added, 0 rejected by adding: {\"input_tokens\":10,\"output_tokens\":7,"
                + "\"total_tokens\":17}");

        Verdicts wrong = Verdicts.of(Cli.run("check", "--schema", "dev.usageschema.cli.fixtures.DeltaUsage", "--at",
                "/usage", "--stream", "--format", "jsonl", fixture("delta-stream-wrong.jsonl")));
        assertThat(wrong.violations(1)).containsExactly(
                "SUM /1/usage/total_tokens: inputTokens 0 + outputTokens 4 != totalTokens 5");
    }

    @Test
    void aSchemaWithoutAStreamStyleCannotReadAStream() {
        Cli.Result result = Cli.run("check", "--schema", "dev.usageschema.cli.fixtures.PromptDetails",
                "--stream", fixture("delta-stream.jsonl"));
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("usage-schema: dev.usageschema.cli.fixtures.PromptDetails says no stream"
                + " style, so its stream's usages cannot be accumulated; declare @Addable(stream ="
                + " StreamStyle.FINAL_ONLY, CUMULATIVE or DELTA) on it\n");
    }

    private static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(Path.of(fixture(name)));
        } catch (IOException failure) {
            throw new java.io.UncheckedIOException(failure);
        }
    }
}
