package dev.usageschema.cli;

import static com.google.common.truth.Truth.assertThat;
import static dev.usageschema.cli.Cli.fixture;
import static dev.usageschema.cli.Verdicts.SCHEMA;

import org.junit.jupiter.api.Test;

/** Whole responses, the usage found at --at: violations at their paths within the response. */
class ResponsesTest {

    @Test
    void theUsageAtThePointerIsCheckedAndItsViolationsNameTheirPlaceInTheResponse() {
        Verdicts run = Verdicts.of(Cli.run("check", "--schema", SCHEMA, "--at", "/usage", "--format", "jsonl",
                fixture("responses.jsonl")));
        assertThat(run.lines()).containsExactly("1 accepted", "2 rejected", "3 rejected", "4 rejected").inOrder();
        assertThat(run.violations(2)).containsExactly(
                "SUM /usage/total_tokens: promptTokens 10 + completionTokens 5 != totalTokens 16");
        assertThat(run.violations(3).get(0)).startsWith("NO_USAGE ");
        assertThat(run.violations(4)).containsExactly(
                "AT_MOST /usage/prompt_tokens_details/cached_tokens: cachedTokens 5 > promptTokens 3");
    }

    @Test
    void aPointerThatIsNoneIsTwo() {
        Cli.Result result = Cli.run("check", "--schema", SCHEMA, "--at", "usage", fixture("responses.jsonl"));
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("usage-schema: --at: ");
    }
}
