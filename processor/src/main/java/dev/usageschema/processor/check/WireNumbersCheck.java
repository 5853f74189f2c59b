package dev.usageschema.processor.check;

import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.EnumConstant;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.util.HashMap;
import java.util.Map;

/**
 * An enum read by number as well as by name numbers every constant, each with its own number: a
 * constant without one could not be read from the numbers a provider sends, and two with one
 * number could not be told apart.
 */
final class WireNumbersCheck implements SchemaCheck {

    @Override
    public void check(Schema schema, Diagnostics diagnostics) {
        for (Property property : schema.properties()) {
            if (!property.numberedEnum()) {
                continue;
            }
            String holder = "[UsageSchemaWireNumber] " + property.name() + " holds " + property.valueType();
            EnumConstant numbered = property.enumConstants().stream().filter(constant -> constant.number().isPresent())
                    .findFirst().orElseThrow();
            Map<Integer, EnumConstant> owners = new HashMap<>();
            for (EnumConstant constant : property.enumConstants()) {
                if (constant.number().isEmpty()) {
                    diagnostics.error(property.origin(), holder + ", whose constant " + constant.name() + " has no"
                            + " @WireNumber while " + numbered.name() + " has " + numbered.number().getAsInt()
                            + "; give every constant a number, or none");
                    continue;
                }
                EnumConstant owner = owners.putIfAbsent(constant.number().getAsInt(), constant);
                if (owner != null) {
                    diagnostics.error(property.origin(), holder + ", whose constants " + owner.name() + " and "
                            + constant.name() + " both have the wire number " + constant.number().getAsInt()
                            + "; give each constant its own");
                }
            }
        }
    }
}
