package dev.usageschema.providers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.canonical.ImmutableCanonicalUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What reading one fixture line through a surface gives, in words a test compares: its violations as
 * {@code SEVERITY RULE /path}, and for a value without errors the canonical usage as {@code name=value}
 * pairs in the canonical JSON's order (its convention left out), or {@code no usage}.
 */
final class Outcome {

    private Outcome() {
    }

    /** {@return the outcome of reading a whole response {@code body} through {@code surface}} */
    static <X, M extends X> String ofResponse(ProviderSurface<X, M> surface, String body, JsonMajor json) {
        return of(surface, json.tryReadResponse(body, surface.usageSurface()), json);
    }

    /** {@return the outcome of reading a bare usage object through {@code surface}'s schema} */
    static <X, M extends X> String ofUsage(ProviderSurface<X, M> surface, String usage, JsonMajor json) {
        return of(surface, json.tryRead(usage, surface.jsonSchema()), json);
    }

    private static <X, M extends X> String of(ProviderSurface<X, M> surface, Validated<M> read, JsonMajor json) {
        List<String> words = new ArrayList<>(violations(read.violations()));
        if (read.isValid()) {
            Validated<ImmutableCanonicalUsage> canonical = surface.toCanonical(read.orElseThrow());
            words.addAll(violations(canonical.violations()).stream().map(v -> "canonical " + v).toList());
            canonical.value().ifPresent(value -> words.add(canonical(value, json)));
        }
        return String.join("; ", words);
    }

    static List<String> violations(List<Violation> violations) {
        return violations.stream().map(v -> v.severity() + " " + v.rule() + " " + v.wirePath()).toList();
    }

    /** {@return the canonical usage's counts, as its JSON gives them, without its convention} */
    static String canonical(ImmutableCanonicalUsage canonical, JsonMajor json) {
        JsonNode tree = Fixtures.tree(json.write(canonical, ImmutableCanonicalUsage.jsonSchema()));
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : tree.properties()) {
            if (!field.getKey().equals("convention")) {
                pairs.add(field.getKey().replace("_tokens", "") + "=" + field.getValue().asText());
            }
        }
        return pairs.stream().collect(Collectors.joining(" "));
    }
}
