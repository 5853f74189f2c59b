package dev.usageschema.processor.check;

import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
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
        return choices(schema, property -> property.kind() == Kind.NESTED_LIST, "lists of nested schemas");
    }

    /** {@code "; its nested schemas are a, b"}, the objects a sum or bound may reach into. */
    static String nested(List<Property> properties) {
        return choices(properties, property -> property.kind() == Kind.NESTED, "nested schemas");
    }

    /** {@code "; its counts are a, b"}, to tell a user what they could have meant. */
    static String counts(Schema schema) {
        return counts(schema.properties());
    }

    /** {@code "; its counts are a, b"} of a nested schema's properties. */
    static String counts(List<Property> properties) {
        return choices(properties, Property::isCount, "counts");
    }

    private static String choices(Schema schema, Predicate<Property> kind, String what) {
        return choices(schema.properties(), kind, what);
    }

    private static String choices(List<Property> properties, Predicate<Property> kind, String what) {
        String names = properties.stream().filter(kind).map(Property::name).collect(Collectors.joining(", "));
        return names.isEmpty() ? "; it has no " + what : "; its " + what + " are " + names;
    }
}
