package dev.usageschema.otel;

import dev.usageschema.Validated;
import dev.usageschema.canonical.ImmutableCanonicalUsage;
import dev.usageschema.jackson2.UsageJson;
import dev.usageschema.providers.ProviderSurface;
import dev.usageschema.providers.Providers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The usage of every catalogue surface's fixture responses ({@code docs/provider-evidence/<id>/responses.jsonl})
 * that reads and maps to the canonical usage without a single violation, read where the surface says usage
 * sits in a response, with the call it would come from.
 */
final class CatalogueUsages {

    private static final UsageJson JSON = UsageJson.standard();
    private static final List<FixtureUsage> ALL = read();

    private CatalogueUsages() {
    }

    /** {@return every clean fixture usage of every surface, in the catalogue's order} */
    static List<FixtureUsage> all() {
        return ALL;
    }

    /**
     * {@return the usage of one fixture line, which must be clean}
     * @param id   the surface id
     * @param line the line's number in its {@code responses.jsonl}, from 1
     */
    static FixtureUsage line(String id, int line) {
        return ALL.stream().filter(usage -> usage.id().equals(id) && usage.line() == line).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id + " line " + line + " is no clean fixture"));
    }

    private static List<FixtureUsage> read() {
        List<FixtureUsage> all = new ArrayList<>();
        for (ProviderSurface<?, ?> surface : Providers.all()) {
            List<String> lines = responses(surface.id());
            for (int index = 0; index < lines.size(); index++) {
                int line = index + 1;
                canonical(surface, lines.get(index))
                        .ifPresent(usage -> all.add(new FixtureUsage(surface.id(), line, usage, call(surface.id()))));
            }
        }
        return List.copyOf(all);
    }

    /** The canonical usage of a response, none unless both the reading and the mapping are free of violations. */
    private static <X, M extends X> Optional<Validated<ImmutableCanonicalUsage>> canonical(
            ProviderSurface<X, M> surface, String response) {
        if (response.isBlank()) {
            return Optional.empty();
        }
        Validated<M> read = JSON.tryReadResponse(response, surface.usageSurface());
        if (!read.violations().isEmpty()) {
            return Optional.empty();
        }
        Validated<ImmutableCanonicalUsage> canonical = surface.toCanonical(read.value().orElseThrow());
        return canonical.violations().isEmpty() ? Optional.of(canonical) : Optional.empty();
    }

    /** An embeddings call counts no output; every other surface's is a chat call, the provider named by the surface id. */
    private static GenAiCall call(String id) {
        String operation = id.endsWith("-embeddings") ? GenAiAttributes.OPERATION_EMBEDDINGS : GenAiAttributes.OPERATION_CHAT;
        return GenAiCall.builder(operation, id).requestModel("the-model").build();
    }

    private static List<String> responses(String id) {
        String path = "/provider-evidence/" + id + "/responses.jsonl";
        try (InputStream in = CatalogueUsages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + path + " in the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /**
     * One fixture response's usage, mapped.
     *
     * @param id        the surface id
     * @param line      the response's line in the surface's {@code responses.jsonl}, from 1
     * @param canonical its canonical usage, free of violations
     * @param call      the call it would come from
     */
    record FixtureUsage(String id, int line, Validated<ImmutableCanonicalUsage> canonical, GenAiCall call) {

        @Override
        public String toString() {
            return id + " line " + line;
        }
    }
}
