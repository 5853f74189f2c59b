package dev.usageschema.cli;

import static com.google.common.truth.Truth.assertThat;
import static dev.usageschema.cli.Cli.fixture;
import static dev.usageschema.cli.Verdicts.SCHEMA;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/** {@code --sum --by model} and {@code --by /pointer}: one total per value in the responses. */
class GroupedSumsTest {

    @Test
    void byModelKeepsOneTotalPerResponsesModelOfTheAcceptedRecords() {
        Cli.Result result = Cli.run("check", "--schema", SCHEMA, "--at", "/usage", "--sum", "--by", "model",
                fixture("responses.jsonl"));
        assertThat(result.out()).contains("sum by model:\n"
                + "  m1: 1 added, 0 rejected by adding: {\"prompt_tokens\":10,\"completion_tokens\":5,\"total_tokens\":15}\n");
        // m2's two records are rejected (no usage; cached above the prompt): no total holds them.
        assertThat(result.out()).doesNotContain("  m2: ");
    }

    @Test
    void byAPointerGroupsByAnyValueAndARecordWithoutOneIsInAGroupThatSaysSo() {
        String responses = """
                {"meta":{"team":"search"},"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3}}
                {"meta":{"team":"ads"},"usage":{"prompt_tokens":5,"completion_tokens":5,"total_tokens":10}}
                {"meta":{"team":"search"},"usage":{"prompt_tokens":2,"completion_tokens":2,"total_tokens":4}}
                {"meta":{"team":7},"usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}
                {"meta":{"team":{"id":1}},"usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}
                {"usage":{"prompt_tokens":1,"completion_tokens":0,"total_tokens":1}}
                """;
        Cli.Result result = Cli.run(new ByteArrayInputStream(responses.getBytes(UTF_8)), "check", "--provider",
                "openai-chat", "--sum", "--by", "/meta/team");
        assertThat(result.out()).contains("sum by /meta/team:\n"
                + "  (none): 1 added, 0 rejected by adding: {\"prompt_tokens\":1,\"completion_tokens\":0,\"total_tokens\":1}\n"
                + "  (not a string, number or boolean): 1 added, 0 rejected by adding: {\"prompt_tokens\":1,"
                + "\"completion_tokens\":1,\"total_tokens\":2}\n"
                + "  7: 1 added, 0 rejected by adding: {\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}\n"
                + "  ads: 1 added, 0 rejected by adding: {\"prompt_tokens\":5,\"completion_tokens\":5,\"total_tokens\":10}\n"
                + "  search: 2 added, 0 rejected by adding: {\"prompt_tokens\":3,\"completion_tokens\":4,\"total_tokens\":7}\n");
    }

    @Test
    void aByThatIsNoneOfItsFormsIsTwo() {
        Cli.Result result = Cli.run("check", "--schema", SCHEMA, "--sum", "--by", "team", fixture("usage.jsonl"));
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("'team' is none of file, model or a JSON Pointer");
    }
}
