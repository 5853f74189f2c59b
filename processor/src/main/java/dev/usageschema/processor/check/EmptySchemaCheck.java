package dev.usageschema.processor.check;

import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.Schema;

/** A schema without accessors compiles, but is almost certainly a mistake. */
final class EmptySchemaCheck implements SchemaCheck {

    @Override
    public void check(Schema schema, Diagnostics diagnostics) {
        if (schema.properties().isEmpty() && schema.unreadable().isEmpty()) {
            diagnostics.warning(schema.origin(), "[UsageSchemaEmpty] " + schema.displayName()
                    + " has no accessors, so its model holds nothing; declare its counts as abstract methods");
        }
    }
}
