package dev.usageschema.cli;

import dev.usageschema.jackson3.UsageJson;
import dev.usageschema.json.UsageSite;
import dev.usageschema.json.UsageSurface;
import dev.usageschema.providers.ProviderSurface;
import dev.usageschema.providers.Providers;

/** The catalogue's surfaces as targets ({@code --provider openai-chat}). */
final class ProviderTargets {

    private ProviderTargets() {
    }

    /**
     * {@return the surface with this id}
     * @throws CommandFailure naming the known ids when the catalogue has no such surface
     */
    static ProviderSurface<?, ?> surface(String id) {
        return Providers.named(id).orElseThrow(() -> new CommandFailure("no provider surface " + id + " in the"
                + " catalogue; the known ids are " + String.join(", ", Providers.ids())
                + " (usage-schema providers lists them with what each is)"));
    }

    /**
     * {@return the target of the surface {@code id}}
     * @param id   a catalogue id
     * @param at   where the usage sits in each record instead of the surface's response site; {@code null} for that site
     * @param bare whether each record is the usage object itself
     */
    static Target<?, ?> find(String id, UsageSite at, boolean bare) {
        return target(surface(id), at, bare);
    }

    private static <X, M extends X> Target<X, M> target(ProviderSurface<X, M> provider, UsageSite at, boolean bare) {
        UsageJson json = UsageJson.standard();
        UsageSurface<X, M> surface = provider.usageSurface();
        var schema = provider.jsonSchema();
        Target.Reader<M> reader;
        if (bare) {
            reader = (bytes, offset, length) -> json.tryRead(bytes, offset, length, schema);
        } else if (at != null) {
            reader = SkimmedReader.of(at, schema, (bytes, offset, length) -> json.tryReadAt(bytes, offset, length, at, schema));
        } else {
            reader = SkimmedReader.of(surface.responseSite(), schema,
                    (bytes, offset, length) -> json.tryReadResponse(bytes, offset, length, surface));
        }
        boolean streams = provider.streamStyle().isPresent();
        return new Target<>(provider.id(), schema, reader, provider.adder(), provider::toCanonical,
                streams ? surface : null, provider.id() + " does not stream (" + provider.surface() + "); leave out"
                        + " --stream, and give its whole responses");
    }
}
