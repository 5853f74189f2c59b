package dev.usageschema.processor.check;

import dev.usageschema.processor.model.Container;
import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.NumberType;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;

/**
 * The generated checks take a builder's whole state as parameters (so that building allocates
 * only the model), and a JVM method takes at most 255 parameter slots: a value and a flag per
 * property, two slots for a {@code long} or {@code double}. Far more than any usage object needs.
 */
final class SchemaSizeCheck implements SchemaCheck {

    /** 255, less the constructor's receiver and its list of warnings. */
    private static final int MAX_SLOTS = 253;

    @Override
    public void check(Schema schema, Diagnostics diagnostics) {
        int slots = 0;
        for (Property property : schema.properties()) {
            slots += slots(property) + 1;
        }
        if (slots > MAX_SLOTS) {
            diagnostics.error(schema.origin(), "[UsageSchemaTooLarge] " + schema.displayName() + " has "
                    + schema.properties().size() + " properties, more than one generated method can take ("
                    + slots + " of " + MAX_SLOTS + " slots); group some of them into a nested schema");
        }
    }

    private static int slots(Property property) {
        boolean unwrapped = property.container() == Container.PRIMITIVE || property.container() == Container.OPTIONAL_PRIMITIVE;
        boolean wide = property.numberType() == NumberType.LONG || property.numberType() == NumberType.DOUBLE;
        return unwrapped && wide ? 2 : 1;
    }
}
