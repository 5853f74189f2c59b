package dev.usageschema.processor.check;

import dev.usageschema.processor.model.BoundSpec;
import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Bounds that come back round ({@code a <= b <= a}) force the counts equal: say that with a sum, not a loop. */
final class BoundCycleCheck implements SchemaCheck {

    @Override
    public void check(Schema schema, Diagnostics diagnostics) {
        Map<String, String> boundOf = new HashMap<>();
        for (Property property : schema.properties()) {
            property.bound().ifPresent(bound -> boundOf.put(property.name(), bound.bound()));
        }
        for (Property property : schema.properties()) {
            if (property.bound().isEmpty()) {
                continue;
            }
            List<String> path = new ArrayList<>(List.of(property.name()));
            for (String next = boundOf.get(property.name()); next != null && path.size() <= boundOf.size();
                    next = boundOf.get(next)) {
                path.add(next);
                if (next.equals(property.name())) {
                    BoundSpec bound = property.bound().get();
                    diagnostics.error(bound.origin(), "[UsageSchemaBoundCycle] bounds go round in a circle: "
                            + String.join(" <= ", path) + "; remove one @AtMost, or state equality with @Sum");
                    break;
                }
            }
        }
    }
}
