package dev.usageschema.processor.check;

import dev.usageschema.json.JsonKind;
import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.JsonKinds;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;

/**
 * With JSON forms on, a property of a type JSON cannot hold ({@code Object}, {@code Instant}, a list
 * of lists) makes every JSON read that gives it fail. A warning, not an error: JSON forms are on for
 * a whole compile, and a schema that is only ever built in code may hold such a type.
 */
final class JsonTypesCheck implements SchemaCheck {

    @Override
    public void check(Schema schema, Diagnostics diagnostics) {
        for (Property property : schema.properties()) {
            if (JsonKinds.of(property) == JsonKind.UNREADABLE) {
                diagnostics.warning(property.origin(), "[UsageSchemaJsonType] " + property.name() + " holds "
                        + property.valueType() + ", which JSON cannot hold: a JSON read that gives " + property.name()
                        + " fails with UNSUPPORTED_VALUE. JSON holds " + JsonKinds.READABLE + "; use one of those,"
                        + " or compile without JSON forms (-Ausageschema.json=false) if no value is read from JSON");
            }
        }
    }
}
