package dev.usageschema.processor.check;

import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names that would collide in the generated class. Everything the generated code names for
 * itself contains a {@code $}, so a property name with a {@code $} is the only way to collide
 * with it; beyond that only the public API can: {@code builder()}, {@code toBuilder()},
 * {@code violations()} and {@code jsonSchema()}, the getter through which Bean Validation sees a property
 * ({@code getPrompt} beside {@code prompt}), and two properties whose getters would be the same
 * ({@code getA} for {@code a} and for {@code A}).
 */
final class ReservedNamesCheck implements SchemaCheck {

    private static final Set<String> RESERVED = Set.of("builder", "toBuilder", "violations", "jsonSchema", "adder");

    @Override
    public void check(Schema schema, Diagnostics diagnostics) {
        // Only properties read through a plain accessor get a Bean Validation getter of their own.
        Set<String> names = schema.properties().stream()
                .filter(property -> property.accessorName().equals(property.name()))
                .map(Property::name)
                .collect(Collectors.toSet());
        Map<String, Property> byCapitalized = new HashMap<>();
        for (Property property : schema.properties()) {
            String name = property.name();
            if (name.indexOf('$') >= 0) {
                diagnostics.error(property.origin(), "[UsageSchemaReservedName] " + name
                        + " contains '$', which only generated code may use; rename the accessor and keep the wire"
                        + " name with @WireName(\"" + property.wireName() + "\")");
            }
            if (RESERVED.contains(name)) {
                diagnostics.error(property.origin(), "[UsageSchemaReservedName] " + name
                        + "() is a method of every generated class; rename the accessor and keep the wire name"
                        + " with @WireName(\"" + property.wireName() + "\")");
            }
            if (name.startsWith("get") && name.length() > 3
                    && names.contains(Character.toLowerCase(name.charAt(3)) + name.substring(4))) {
                diagnostics.error(property.origin(), "[UsageSchemaReservedName] " + name
                        + " is the getter through which Bean Validation sees another property; rename the accessor"
                        + " and keep the wire name with @WireName(\"" + property.wireName() + "\")");
            }
            String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            Property earlier = byCapitalized.putIfAbsent(capitalized, property);
            if (earlier != null) {
                diagnostics.error(property.origin(), "[UsageSchemaReservedName] " + name + " and " + earlier.name()
                        + " would both have the Bean Validation getter get" + capitalized
                        + "; rename one accessor and keep its wire name with @WireName");
            }
        }
    }
}
