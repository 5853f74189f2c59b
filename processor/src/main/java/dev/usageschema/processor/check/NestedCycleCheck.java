package dev.usageschema.processor.check;

import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.NestedSchema;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;

/**
 * A usage object is a tree: nesting that leads back to the schema, the schema holding itself
 * included, would never end, and a cyclic value would defeat every check that walks it.
 */
final class NestedCycleCheck implements SchemaCheck {

    @Override
    public void check(Schema schema, Diagnostics diagnostics) {
        for (Property property : schema.properties()) {
            if (property.nested().isEmpty() || !property.nested().get().leadsBack()) {
                continue;
            }
            NestedSchema nested = property.nested().get();
            StringBuilder path = new StringBuilder(schema.displayName()).append('.').append(property.name());
            for (String step : nested.cycle()) {
                path.append(" -> ").append(step);
            }
            path.append(" -> ").append(schema.displayName());
            diagnostics.error(property.origin(), "[UsageSchemaNestedCycle] nested schemas form a cycle: " + path
                    + "; a usage object is a tree, so break the cycle");
        }
    }
}
