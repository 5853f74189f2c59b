package dev.usageschema.processor.check;

import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import dev.usageschema.processor.model.SumSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sums may chain (total = prompt + completion, prompt = cached + uncached) but never loop back,
 * which would make derivation endless and the rules contradict each other.
 */
final class SumCycleCheck implements SchemaCheck {

    @Override
    public void check(Schema schema, Diagnostics diagnostics) {
        Map<String, List<String>> partsOf = new HashMap<>();
        addSums("", schema.properties(), partsOf);
        Set<String> reported = new HashSet<>();
        for (Property property : schema.properties()) {
            if (property.sum().isEmpty()) {
                continue;
            }
            String total = totalName("", property, property.sum().get());
            List<String> path = new ArrayList<>();
            path.add(total);
            if (loopsBack(total, partsOf, path, new HashSet<>()) && reported.add(total)) {
                diagnostics.error(property.sum().get().origin(), "[UsageSchemaSumCycle] sums go round in a circle: "
                        + String.join(" -> ", path) + "; one of these counts must not be a sum of the others");
            }
        }
    }

    /**
     * The sums of {@code properties} and of their nested objects at every depth, each count named by
     * its path from the schema ({@code details.cached}), so that a circle across levels shows too.
     */
    private static void addSums(String prefix, List<Property> properties, Map<String, List<String>> partsOf) {
        for (Property property : properties) {
            property.sum().ifPresent(sum -> partsOf.put(totalName(prefix, property, sum),
                    sum.parts().stream().map(part -> prefix + part).toList()));
            if (property.kind() == Kind.NESTED) {
                property.nested().ifPresent(nested -> addSums(prefix + property.name() + ".", nested.properties(),
                        partsOf));
            }
        }
    }

    private static String totalName(String prefix, Property total, SumSpec sum) {
        return prefix + total.name() + (sum.inNested() ? "." + sum.count() : "");
    }

    private static boolean loopsBack(String start, Map<String, List<String>> partsOf, List<String> path, Set<String> visited) {
        String current = path.get(path.size() - 1);
        for (String part : partsOf.getOrDefault(current, List.of())) {
            if (part.equals(start) && !current.equals(start)) {
                path.add(part);
                return true;
            }
            if (!part.equals(current) && visited.add(part)) {
                path.add(part);
                if (loopsBack(start, partsOf, path, visited)) {
                    return true;
                }
                path.remove(path.size() - 1);
            }
        }
        return false;
    }
}
