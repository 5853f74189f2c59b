package dev.usageschema.processor.check;

import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.EnumConstant;
import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * No two properties answer to the same wire name, counting alternates; nor two constants of an enum
 * that a property holds, which JSON could then not tell apart; nor does one give a name twice.
 */
final class WireNamesCheck implements SchemaCheck {

    @Override
    public void check(Schema schema, Diagnostics diagnostics) {
        Map<String, Property> owners = new HashMap<>();
        for (Property property : schema.properties()) {
            if (property.kind() == Kind.ADDITIONAL) {
                continue;
            }
            for (String wireName : names(property.wireName(), property.alternates())) {
                claim(wireName, property, owners, diagnostics);
            }
            if (property.enumValue()) {
                constants(property, diagnostics);
            }
        }
    }

    private static List<String> names(String wireName, List<String> alternates) {
        List<String> names = new ArrayList<>(alternates.size() + 1);
        names.add(wireName);
        names.addAll(alternates);
        return names;
    }

    private static void claim(String wireName, Property property, Map<String, Property> owners, Diagnostics diagnostics) {
        if (wireName.isEmpty()) {
            diagnostics.error(property.origin(), "[UsageSchemaWireName] " + property.name() + " has an empty wire name");
            return;
        }
        Property owner = owners.putIfAbsent(wireName, property);
        if (owner == property) {
            diagnostics.error(property.origin(), "[UsageSchemaWireName] " + property.name() + " gives the wire name '"
                    + wireName + "' twice");
        } else if (owner != null) {
            diagnostics.error(property.origin(), "[UsageSchemaWireName] " + property.name() + " and " + owner.name()
                    + " both use the wire name '" + wireName + "'; give one of them another @WireName");
        }
    }

    private static void constants(Property property, Diagnostics diagnostics) {
        Map<String, EnumConstant> owners = new HashMap<>();
        String holder = "[UsageSchemaWireName] " + property.name() + " holds " + property.valueType();
        for (EnumConstant constant : property.enumConstants()) {
            for (String wireName : names(constant.wireName(), constant.alternates())) {
                EnumConstant owner = owners.putIfAbsent(wireName, constant);
                if (owner == constant) {
                    diagnostics.error(property.origin(), holder + ", whose constant " + constant.name()
                            + " gives the wire name '" + wireName + "' twice");
                } else if (owner != null) {
                    diagnostics.error(property.origin(), holder + ", whose constants " + owner.name() + " and "
                            + constant.name() + " both use the wire name '" + wireName
                            + "'; give one of them another @WireName");
                }
            }
        }
    }
}
