package dev.usageschema.processor.check;

import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
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
        for (Property property : schema.properties()) {
            property.sum().ifPresent(sum -> partsOf.put(property.name(), sum.parts()));
        }
        Set<String> reported = new HashSet<>();
        for (Property property : schema.properties()) {
            if (property.sum().isEmpty()) {
                continue;
            }
            List<String> path = new ArrayList<>();
            path.add(property.name());
            if (loopsBack(property.name(), partsOf, path, new HashSet<>()) && reported.add(property.name())) {
                diagnostics.error(property.sum().get().origin(), "[UsageSchemaSumCycle] sums go round in a circle: "
                        + String.join(" -> ", path) + "; one of these counts must not be a sum of the others");
            }
        }
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
