package dev.usageschema.providers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalogue: every API surface's usage schema, by its stable id.
 *
 * <pre>{@code
 * ProviderSurface<?, ?> surface = Providers.named("anthropic-messages").orElseThrow();
 * }</pre>
 *
 * <p>{@link #named(String)} returns empty for an id the catalogue does not know; {@link #ids()} lists the
 * ones it does, for a message that names them.
 */
public final class Providers {

    private static final Map<String, ProviderSurface<?, ?>> BY_ID = byId();

    private Providers() {
    }

    /** {@return every surface of the catalogue, in the order of README's table} */
    public static List<ProviderSurface<?, ?>> all() {
        return List.copyOf(BY_ID.values());
    }

    /** {@return every surface id, in the order of {@link #all()}} */
    public static List<String> ids() {
        return List.copyOf(BY_ID.keySet());
    }

    /**
     * {@return the surface with this id, empty when the catalogue has none}
     * @param id a surface id, such as {@code openai-chat}; ids are lower case and compared exactly
     * @throws NullPointerException when {@code id} is null
     */
    public static Optional<ProviderSurface<?, ?>> named(String id) {
        return Optional.ofNullable(BY_ID.get(Objects.requireNonNull(id, "id")));
    }

    private static Map<String, ProviderSurface<?, ?>> byId() {
        List<ProviderSurface<?, ?>> all = new ArrayList<>();
        all.addAll(OpenAiSurfaces.all());
        all.addAll(AnthropicSurfaces.all());
        all.addAll(GoogleSurfaces.all());
        all.addAll(BedrockSurfaces.all());
        all.addAll(MistralSurfaces.all());
        all.addAll(CohereSurfaces.all());
        all.addAll(DeepSeekSurfaces.all());
        all.addAll(GroqSurfaces.all());
        all.addAll(XaiSurfaces.all());
        all.addAll(OllamaSurfaces.all());
        all.addAll(VllmSurfaces.all());
        all.addAll(OpenRouterSurfaces.all());
        all.addAll(TogetherSurfaces.all());
        all.addAll(FireworksSurfaces.all());
        all.addAll(PerplexitySurfaces.all());
        all.addAll(CerebrasSurfaces.all());
        all.addAll(GatewaySurfaces.all());
        Map<String, ProviderSurface<?, ?>> byId = new LinkedHashMap<>();
        for (ProviderSurface<?, ?> surface : all) {
            if (byId.putIfAbsent(surface.id(), surface) != null) {
                throw new IllegalStateException("two surfaces have the id " + surface.id());
            }
        }
        return byId;
    }
}
