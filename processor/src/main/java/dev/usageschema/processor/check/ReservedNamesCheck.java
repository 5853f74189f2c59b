package dev.usageschema.processor.check;

import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Property names that the generated class needs for itself: {@code builder()}, {@code toBuilder()}
 * and {@code violations()}, the fields it keeps beside a property ({@code promptTokensSet},
 * {@code promptTokensPresence}, ...) and the locals of its checks ({@code promptTokensCount},
 * {@code totalTokensSum}), and the getter through which Bean Validation sees a
 * property ({@code getPromptTokens}).
 */
final class ReservedNamesCheck implements SchemaCheck {

    private static final Set<String> RESERVED = Set.of("builder", "toBuilder", "violations");
    private static final List<String> COMPANION_SUFFIXES = List.of("Set", "Presence", "Derived", "Null", "Count", "Sum");

    @Override
    public void check(Schema schema, Diagnostics diagnostics) {
        Set<String> names = schema.properties().stream().map(Property::name).collect(Collectors.toSet());
        for (Property property : schema.properties()) {
            if (RESERVED.contains(property.name())) {
                diagnostics.error(property.origin(), "[UsageSchemaReservedName] " + property.name()
                        + "() is a method of every generated class; rename the accessor and keep the wire name"
                        + " with @WireName(\"" + property.wireName() + "\")");
            }
            for (String suffix : COMPANION_SUFFIXES) {
                String base = property.name().endsWith(suffix)
                        ? property.name().substring(0, property.name().length() - suffix.length())
                        : "";
                if (names.contains(base)) {
                    diagnostics.error(property.origin(), "[UsageSchemaReservedName] " + property.name()
                            + " is the name the generated class uses for what it keeps or computes for " + base
                            + "; rename the accessor and keep the wire name with @WireName(\"" + property.wireName() + "\")");
                }
            }
            if (property.name().startsWith("get") && property.name().length() > 3
                    && names.contains(Character.toLowerCase(property.name().charAt(3)) + property.name().substring(4))) {
                diagnostics.error(property.origin(), "[UsageSchemaReservedName] " + property.name()
                        + " is the getter through which Bean Validation sees another property; rename the accessor"
                        + " and keep the wire name with @WireName(\"" + property.wireName() + "\")");
            }
        }
    }
}
