package dev.usageschema.processor.check;

import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.NumberRange;
import dev.usageschema.processor.model.NumberType;
import dev.usageschema.processor.model.Origin;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.util.Optional;

/**
 * A range on a number that is not a count must be one some value can satisfy, and every option
 * written on it must mean something for the property's type: an empty range would reject every
 * value, an option that cannot apply would mislead the reader into thinking it is enforced.
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
            if (property.isDecimal()) {
                inapplicable(property, range.finiteWritten(), "finite", "a BigDecimal, always finite", diagnostics);
            } else if (property.isExactNumber() || property.numberType() != NumberType.DOUBLE) {
                inapplicable(property, range.wholeWritten(), "whole", "an integer, always whole and finite", diagnostics);
                inapplicable(property, range.finiteWritten(), "finite", "an integer, always whole and finite", diagnostics);
            }
        }
    }

    private static void inapplicable(Property property, Optional<Origin> written, String option, String what,
            Diagnostics diagnostics) {
        written.ifPresent(origin -> diagnostics.error(origin, "[UsageSchemaRange] " + property.name() + " is " + what
                + ", so " + option + " cannot apply to it; remove " + option + " from its @NotACount"));
    }
}
