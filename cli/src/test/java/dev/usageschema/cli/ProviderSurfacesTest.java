package dev.usageschema.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.jackson3.UsageJson;
import dev.usageschema.providers.ProviderSurface;
import dev.usageschema.providers.Providers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code check --provider ID}: each catalogue surface's whole responses, its schema and its response site. */
class ProviderSurfacesTest {

    /** The catalogue's fixtures, from the module's directory. */
    static final Path EVIDENCE = Path.of("..", "docs", "provider-evidence");

    @Test
    void everySurfacesFixtureResponsesAreJudgedAsTheLibraryJudgesThemWithEveryRuleAtItsPath() throws IOException {
        int rejected = 0;
        for (ProviderSurface<?, ?> surface : Providers.all()) {
            Path responses = EVIDENCE.resolve(surface.id()).resolve("responses.jsonl");
            Verdicts run = Verdicts.of(Cli.run("check", "--provider", surface.id(), "--format", "jsonl",
                    responses.toString()));
            List<String> lines = Files.readAllLines(responses, UTF_8).stream().filter(line -> !line.isBlank()).toList();
            assertWithMessage(surface.id()).that(run.verdicts).hasSize(lines.size());
            for (int at = 0; at < lines.size(); at++) {
                Validated<?> expected = UsageJson.standard().tryReadResponse(lines.get(at), surface.usageSurface());
                JsonNode verdict = run.verdicts.get(at);
                assertWithMessage(surface.id() + " line " + (at + 1)).that(described(verdict))
                        .isEqualTo(described(expected));
                if (!expected.isValid()) {
                    rejected++;
                    assertThat(verdict.get("verdict").asString()).isEqualTo("rejected");
                }
            }
        }
        assertThat(rejected).isAtLeast(Providers.all().size());
    }

    @Test
    void anInconsistentResponseIsRejectedWithItsRuleAtItsPathInTheResponse() {
        Verdicts run = Verdicts.of(Cli.run("check", "--provider", "openai-chat", "--format", "jsonl",
                EVIDENCE.resolve("openai-chat/responses.jsonl").toString()));
        assertThat(run.lines()).containsExactly("1 accepted", "2 accepted", "3 accepted", "4 rejected", "5 rejected")
                .inOrder();
        assertThat(run.violations(4)).containsExactly(
                "SUM /usage/total_tokens: promptTokens 512 + completionTokens 40 != totalTokens 548");
        assertThat(run.violations(5)).contains(
                "AT_MOST /usage/prompt_tokens_details/cached_tokens: cachedTokens 2048 > promptTokens 1900");
    }

    @Test
    void ollamasUsageIsReadAmongTheResponsesOwnFields() {
        Verdicts run = Verdicts.of(Cli.run("check", "--provider", "ollama-chat", "--format", "jsonl",
                EVIDENCE.resolve("ollama-chat/responses.jsonl").toString()));
        assertThat(run.lines().get(0)).isEqualTo("1 accepted");
        assertThat(run.violations(1)).isEmpty();
    }

    @Test
    void bareRecordsAreTheUsageItselfAndAWholeResponseThenIsNotOne() {
        String bare = "{\"prompt_tokens\":3,\"completion_tokens\":2,\"total_tokens\":5}\n"
                + "{\"prompt_tokens\":3,\"completion_tokens\":2,\"total_tokens\":6}\n";
        Verdicts run = Verdicts.of(Cli.run(new java.io.ByteArrayInputStream(bare.getBytes(UTF_8)),
                "check", "--provider", "openai-chat", "--bare", "--format", "jsonl"));
        assertThat(run.lines()).containsExactly("1 accepted", "2 rejected").inOrder();
        assertThat(run.violations(2)).containsExactly(
                "SUM /total_tokens: promptTokens 3 + completionTokens 2 != totalTokens 6");

        Verdicts asResponses = Verdicts.of(Cli.run(new java.io.ByteArrayInputStream(bare.getBytes(UTF_8)),
                "check", "--provider", "openai-chat", "--format", "jsonl"));
        assertThat(asResponses.violations(1).get(0)).startsWith("NO_USAGE /usage: ");
    }

    @Test
    void atOverridesTheSurfacesSite() {
        String wrapped = "{\"data\":{\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":2,\"total_tokens\":6}}}\n";
        Verdicts run = Verdicts.of(Cli.run(new java.io.ByteArrayInputStream(wrapped.getBytes(UTF_8)),
                "check", "--provider", "openai-chat", "--at", "/data/usage", "--format", "jsonl"));
        assertThat(run.violations(1)).containsExactly(
                "SUM /data/usage/total_tokens: promptTokens 3 + completionTokens 2 != totalTokens 6");
    }

    @Test
    void anUnknownIdIsTwoAndNamesTheKnownOnesAndTheCommandThatListsThem() {
        Cli.Result result = Cli.run("check", "--provider", "openai", "x.jsonl");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("usage-schema: no provider surface openai in the catalogue; the known ids are"
                + " openai-chat, openai-responses, ");
        assertThat(result.err()).contains("atoma (usage-schema providers lists them");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void optionsThatDoNotGoTogetherAreTwo() {
        List<List<String>> wrong = new ArrayList<>();
        wrong.add(List.of("check", "--provider", "openai-chat", "--schema", Verdicts.SCHEMA));
        wrong.add(List.of("check", "--schema", Verdicts.SCHEMA, "--bare"));
        wrong.add(List.of("check", "--provider", "openai-chat", "--bare", "--at", "/usage"));
        wrong.add(List.of("check", "--provider", "openai-chat", "--bare", "--stream"));
        wrong.add(List.of("check", "--provider", "openai-embeddings", "--stream"));
        wrong.add(List.of("check", "--provider", "openai-chat", "--stream", "--sum", "--by", "model"));
        wrong.add(List.of("check"));
        for (List<String> args : wrong) {
            Cli.Result result = Cli.run(args.toArray(new String[0]));
            assertWithMessage(String.join(" ", args)).that(result.exit()).isEqualTo(2);
            assertWithMessage(String.join(" ", args)).that(result.err()).startsWith("usage-schema: ");
        }
        assertThat(Cli.run("check", "--provider", "openai-embeddings", "--stream").err()).isEqualTo(
                "usage-schema: openai-embeddings does not stream (Embeddings, POST /v1/embeddings); leave out --stream,"
                        + " and give its whole responses\n");
    }

    private static List<String> described(Validated<?> read) {
        List<String> all = new ArrayList<>();
        for (Violation violation : read.violations()) {
            all.add(violation.severity().name() + " " + violation.rule() + " " + violation.wirePath());
        }
        return all;
    }

    private static List<String> described(JsonNode verdict) {
        List<String> all = new ArrayList<>();
        for (JsonNode violation : verdict.get("violations")) {
            all.add(violation.get("severity").asString().toUpperCase(java.util.Locale.ROOT) + " "
                    + violation.get("rule").asString() + " " + violation.get("path").asString());
        }
        return all;
    }
}
