package dev.usageschema.processor.check;

import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.NumberRange;
import dev.usageschema.processor.model.NumberType;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;

/**
 * A range on a number that is not a count must be one some value can satisfy, and its floating
 * options must mean something for the property's type: an empty range would reject every value,
 * a silent no-op would mislead the reader.
 */
final class NumberRangeCheck implements SchemaCheck {

    @Override
    public void check(Schema schema, Diagnostics diagnostics) {
        for (Property property : schema.properties()) {
            if (property.range().isEmpty()) {
                continue;
            }
            NumberRange range = property.range().get();
            if (Double.isNaN(range.min()) || Double.isNaN(range.max()) || range.min() > range.max()) {
                diagnostics.error(range.origin(), "[UsageSchemaRange] " + property.name() + " declares the range ["
                        + range.min() + ", " + range.max() + "], which no value lies in; give min <= max");
            }
            if (property.numberType() != NumberType.DOUBLE && (range.whole() || !range.finite())) {
                diagnostics.warning(range.origin(), "[UsageSchemaRange] " + property.name() + " is an integer,"
                        + " always whole and finite; remove whole and finite from its @NotACount");
            }
        }
    }
}
