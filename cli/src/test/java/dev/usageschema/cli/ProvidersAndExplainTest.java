package dev.usageschema.cli;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.providers.Providers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code usage-schema providers} and {@code usage-schema explain ID}. */
class ProvidersAndExplainTest {

    @Test
    void providersListsEverySurfaceWithItsSiteStyleAndConvention() {
        Cli.Result result = Cli.run("providers");
        assertThat(result.exit()).isEqualTo(0);
        Golden.assertMatches("providers.txt", result.out());
    }

    @Test
    void providersAsJsonIsOneArrayOfEverySurfaceInTheCataloguesOrder() {
        Cli.Result result = Cli.run("providers", "--format", "json");
        JsonNode all = JsonMapper.builder().build().readTree(result.out());
        List<String> ids = new ArrayList<>();
        for (JsonNode surface : all) {
            ids.add(surface.get("id").asString());
        }
        assertThat(ids).isEqualTo(Providers.ids());
        JsonNode anthropic = all.get(Providers.ids().indexOf("anthropic-messages"));
        assertThat(anthropic.get("stream").get("style").asString()).isEqualTo("CUMULATIVE");
        assertThat(anthropic.get("stream").get("events").get(0).get("selector").asString())
                .isEqualTo("/type == \"message_start\"");
        assertThat(anthropic.get("response").get(0).asString()).isEqualTo("/usage");
        assertThat(all.get(Providers.ids().indexOf("openai-embeddings")).get("stream").isNull()).isTrue();
    }

    @Test
    void explainTellsASurfacesRulesAndWhichAreWarnings() {
        Golden.assertMatches("explain-gemini.txt", Cli.run("explain", "gemini").out());
        Golden.assertMatches("explain-azure-openai-chat.txt", Cli.run("explain", "azure-openai-chat").out());
        Golden.assertMatches("explain-openai-embeddings.txt", Cli.run("explain", "openai-embeddings").out());
    }

    @Test
    void explainOfAnUnknownIdIsTwo() {
        Cli.Result result = Cli.run("explain", "gpt-4");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("usage-schema: no provider surface gpt-4 in the catalogue; the known ids are ");
    }
}
