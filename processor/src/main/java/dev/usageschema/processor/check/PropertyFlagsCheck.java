package dev.usageschema.processor.check;

import dev.usageschema.processor.model.Container;
import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.NumberType;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;

/** Flags that contradict a property's type: a nullable primitive, an int32 range on what is not a count. */
final class PropertyFlagsCheck implements SchemaCheck {

    @Override
    public void check(Schema schema, Diagnostics diagnostics) {
        boolean additionalSeen = false;
        for (Property property : schema.properties()) {
            if (property.nullable() && property.container() == Container.PRIMITIVE) {
                diagnostics.error(property.origin(), "[UsageSchemaNullable] " + property.name()
                        + " is a primitive and cannot be null; use a boxed or Optional type, or remove @Nullable");
            }
            if (property.int32() && !property.isCount()) {
                diagnostics.error(property.origin(), "[UsageSchemaInt32] @Int32 is for token counts, and "
                        + property.name() + " is not one");
            } else if (property.int32() && property.numberType() == NumberType.INT) {
                diagnostics.warning(property.origin(), "[UsageSchemaInt32] " + property.name()
                        + " is an int already; @Int32 adds nothing");
            }
            if (property.kind() == Kind.ADDITIONAL) {
                if (additionalSeen) {
                    diagnostics.error(property.origin(), "[UsageSchemaAdditional] " + property.name()
                            + " is a second @AdditionalProperties map; a schema keeps unknown fields in one");
                }
                additionalSeen = true;
            }
        }
    }
}
