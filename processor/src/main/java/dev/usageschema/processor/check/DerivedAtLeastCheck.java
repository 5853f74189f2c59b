package dev.usageschema.processor.check;

import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import dev.usageschema.processor.model.SumSpec;

/**
 * A total that is only at least its parts says nothing about its value beyond a lower limit, so
 * the builder cannot fill it in: deriving it would invent the tokens the provider did not itemise.
 */
final class DerivedAtLeastCheck implements SchemaCheck {

    @Override
    public void check(Schema schema, Diagnostics diagnostics) {
        for (Property property : schema.properties()) {
            SumSpec sum = property.sum().orElse(null);
            if (sum != null && sum.atLeast() && sum.derive()) {
                diagnostics.error(sum.origin(), "[UsageSchemaSum] " + property.name() + " is at least the sum of its"
                        + " parts, so it cannot be derived from them; remove derive = true, or make the relation EQUALS");
            }
        }
    }
}
