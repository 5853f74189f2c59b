package dev.usageschema.processor.check;

import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.util.HashMap;
import java.util.Map;

/** No two properties answer to the same wire name, counting alternates. */
final class WireNamesCheck implements SchemaCheck {

    @Override
    public void check(Schema schema, Diagnostics diagnostics) {
        Map<String, Property> owners = new HashMap<>();
        for (Property property : schema.properties()) {
            if (property.kind() == Kind.ADDITIONAL) {
                continue;
            }
            claim(property.wireName(), property, owners, diagnostics);
            for (String alternate : property.alternates()) {
                claim(alternate, property, owners, diagnostics);
            }
        }
    }

    private static void claim(String wireName, Property property, Map<String, Property> owners, Diagnostics diagnostics) {
        if (wireName.isEmpty()) {
            diagnostics.error(property.origin(), "[UsageSchemaWireName] " + property.name() + " has an empty wire name");
            return;
        }
        Property owner = owners.putIfAbsent(wireName, property);
        if (owner != null && owner != property) {
            diagnostics.error(property.origin(), "[UsageSchemaWireName] " + property.name() + " and " + owner.name()
                    + " both use the wire name '" + wireName + "'; give one of them another @WireName");
        }
    }
}
