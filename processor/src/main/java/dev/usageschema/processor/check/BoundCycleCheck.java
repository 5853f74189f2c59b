package dev.usageschema.processor.check;

import dev.usageschema.processor.model.BoundSpec;
import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Bounds that come back round ({@code a <= b <= a}) force the counts equal: say that with a sum, not a loop. */
final class BoundCycleCheck implements SchemaCheck {

    @Override
    public void check(Schema schema, Diagnostics diagnostics) {
        Map<String, List<String>> boundsOf = new HashMap<>();
        for (Property property : schema.properties()) {
            boundsOf.put(property.name(), property.bounds().stream().map(BoundSpec::bound).toList());
        }
        for (Property property : schema.properties()) {
            for (BoundSpec bound : property.bounds()) {
                List<String> path = new ArrayList<>(List.of(property.name(), bound.bound()));
                if (leadsBack(property.name(), boundsOf, path, new HashSet<>())) {
                    diagnostics.error(bound.origin(), "[UsageSchemaBoundCycle] bounds go round in a circle: "
                            + String.join(" <= ", path) + "; remove one @AtMost, or state equality with @Sum");
                }
            }
        }
    }

    /** Depth-first from the last step of {@code path} along bounds; true when it reaches {@code start}. */
    private static boolean leadsBack(String start, Map<String, List<String>> boundsOf, List<String> path,
            Set<String> visited) {
        String current = path.get(path.size() - 1);
        if (current.equals(start)) {
            return true;
        }
        if (!visited.add(current)) {
            return false;
        }
        for (String next : boundsOf.getOrDefault(current, List.of())) {
            path.add(next);
            if (leadsBack(start, boundsOf, path, visited)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }
}
