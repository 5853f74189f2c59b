package dev.usageschema.processor.check;

import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.util.Optional;
import java.util.stream.Collectors;

/** Look-ups the checks share. */
final class Properties {

    private Properties() {
    }

    static Optional<Property> named(Schema schema, String name) {
        return schema.properties().stream().filter(property -> property.name().equals(name)).findFirst();
    }

    /** Whether {@code name} is an accessor that could not be read, whose error is already reported. */
    static boolean isUnreadable(Schema schema, String name) {
        return schema.unreadable().contains(name);
    }

    /** {@code "; its lists of nested schemas are a, b"}, the lists a sum may range over. */
    static String lists(Schema schema) {
        String lists = schema.properties().stream()
                .filter(property -> property.kind() == dev.usageschema.processor.model.Kind.NESTED_LIST)
                .map(Property::name)
                .collect(Collectors.joining(", "));
        return lists.isEmpty() ? "; it has no lists of nested schemas" : "; its lists of nested schemas are " + lists;
    }

    /** {@code "; its nested schemas are a, b"}, the objects a sum may reach into. */
    static String nested(Schema schema) {
        String nested = schema.properties().stream()
                .filter(property -> property.kind() == dev.usageschema.processor.model.Kind.NESTED)
                .map(Property::name)
                .collect(Collectors.joining(", "));
        return nested.isEmpty() ? "; it has no nested schemas" : "; its nested schemas are " + nested;
    }

    /** {@code "; its counts are a, b"}, to tell a user what they could have meant. */
    static String counts(Schema schema) {
        String counts = schema.properties().stream()
                .filter(Property::isCount)
                .map(Property::name)
                .collect(Collectors.joining(", "));
        return counts.isEmpty() ? "; it has no counts" : "; its counts are " + counts;
    }
}
