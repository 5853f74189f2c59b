package dev.usageschema.providers;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.usageschema.StreamStyle;
import dev.usageschema.json.JsonSchema;
import java.io.IOException;
import java.lang.reflect.Field;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The registry: every documented id, each entry whole, and the JSON forms found by ServiceLoader. */
class ProvidersTest {

    /** The catalogue's stable ids, in README's order: none may be dropped. */
    private static final List<String> IDS = List.of(
            "openai-chat", "openai-responses", "openai-completions", "openai-embeddings", "openai-realtime",
            "azure-openai-chat", "anthropic-messages", "gemini", "bedrock-converse", "mistral-chat",
            "cohere-chat-v2", "cohere-chat-v1", "deepseek-chat", "groq-chat", "xai-chat", "ollama-chat", "vllm",
            "openrouter-chat", "together-chat", "fireworks-chat", "perplexity-chat", "cerebras-chat",
            "orq-deployment-stream", "friendli-streamed-completions", "orq-proxy-completions", "opper", "atoma");

    /** The surfaces whose API does not stream, or whose stream is not typed. */
    private static final Set<String> NOT_STREAMED = Set.of("openai-embeddings", "opper");

    @Test
    void everyIdResolvesToItsSurfaceInReadmesOrder() {
        assertThat(Providers.ids()).containsExactlyElementsIn(IDS).inOrder();
        for (String id : IDS) {
            ProviderSurface<?, ?> surface = Providers.named(id).orElseThrow();
            assertThat(surface.id()).isEqualTo(id);
        }
        assertThat(Providers.all().stream().map(ProviderSurface::id).toList()).isEqualTo(IDS);
    }

    @Test
    void eachSurfacesConstantIsTheSurfaceOfItsId() throws IllegalAccessException {
        List<Object> constants = new ArrayList<>();
        for (Field field : Providers.class.getFields()) {
            if (field.getType() == ProviderSurface.class) {
                ProviderSurface<?, ?> surface = (ProviderSurface<?, ?>) field.get(null);
                assertThat(field.getName()).isEqualTo(surface.id().toUpperCase(Locale.ROOT).replace('-', '_'));
                constants.add(surface);
            }
        }
        assertThat(constants).containsExactlyElementsIn(Providers.all()).inOrder();
    }

    @Test
    void anIdTheCatalogueDoesNotKnowIsEmptyAndIdsAreComparedExactly() {
        assertThat(Providers.named("openai")).isEmpty();
        assertThat(Providers.named("OpenAI-Chat")).isEmpty();
        assertThat(Providers.named("")).isEmpty();
        assertThrows(NullPointerException.class, () -> Providers.named(null));
    }

    @Test
    void theListsCannotBeChanged() {
        assertThrows(UnsupportedOperationException.class, () -> Providers.all().clear());
        assertThrows(UnsupportedOperationException.class, () -> Providers.ids().clear());
    }

    @Test
    void everySurfaceSaysWhatItIsWhereItsUsageSitsAndItsConvention() {
        for (ProviderSurface<?, ?> surface : Providers.all()) {
            assertWithMessage(surface.id()).that(surface.provider()).isNotEmpty();
            assertWithMessage(surface.id()).that(surface.surface()).isNotEmpty();
            assertWithMessage(surface.id()).that(surface.convention()).isNotEmpty();
            assertWithMessage(surface.id()).that(surface.warnings()).isNotEmpty();
            assertWithMessage(surface.id()).that(surface.responseSite()).isEqualTo(surface.usageSurface().responseSite());
            for (StreamEvent event : surface.streamEvents()) {
                assertWithMessage(surface.id()).that(event.note()).isNotEmpty();
            }
        }
    }

    @Test
    void everyStreamedSurfaceDeclaresItsStyleOnItsSchemaAndTheOthersNone() {
        for (ProviderSurface<?, ?> surface : Providers.all()) {
            boolean streamed = !NOT_STREAMED.contains(surface.id());
            assertWithMessage(surface.id()).that(surface.streamStyle().isPresent()).isEqualTo(streamed);
            assertWithMessage(surface.id()).that(surface.streamFraming().isPresent()).isEqualTo(streamed);
            assertWithMessage(surface.id()).that(surface.streamNotes().isPresent()).isEqualTo(streamed);
            assertWithMessage(surface.id()).that(surface.streamEvents().isEmpty()).isEqualTo(!streamed);
            if (streamed) {
                assertWithMessage(surface.id()).that(surface.newStream()).isNotNull();
                assertWithMessage(surface.id()).that(surface.usageSurface().streamStyle()).isEqualTo(surface.streamStyle());
            } else {
                assertThrows(IllegalStateException.class, () -> surface.adder().newStream(), surface.id());
            }
        }
    }

    @Test
    void onlyGeminiWarnsOfCountsGoingDown() {
        assertThat(Providers.all().stream().filter(ProviderSurface::countsMayDecrease).map(ProviderSurface::id).toList())
                .containsExactly("gemini");
        assertThat(Providers.named("gemini").orElseThrow().streamStyle()).hasValue(StreamStyle.CUMULATIVE);
    }

    @Test
    void everySurfacesJsonFormIsListedForServiceLoaderOnTheClassPathAndProvidedOnTheModulePath() throws IOException {
        Set<String> listed;
        try (InputStream in = Providers.class.getResourceAsStream("/META-INF/services/" + JsonSchema.class.getName())) {
            listed = Set.copyOf(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
        Module module = Providers.class.getModule();
        Set<String> provided = module.isNamed()
                ? module.getDescriptor().provides().stream()
                        .filter(provides -> provides.service().equals(JsonSchema.class.getName()))
                        .flatMap(provides -> provides.providers().stream())
                        .collect(Collectors.toSet())
                : listed;
        assertThat(provided).isEqualTo(listed);
        for (ProviderSurface<?, ?> surface : Providers.all()) {
            assertWithMessage(surface.id()).that(listed).contains(surface.jsonSchema().modelType().getName() + "$Json");
        }
    }
}
