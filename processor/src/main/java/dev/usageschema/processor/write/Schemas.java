package dev.usageschema.processor.write;

import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;

/** Look-ups in a schema that the check stage has already vouched for. */
final class Schemas {

    private Schemas() {
    }

    static Property property(Schema schema, String name) {
        return schema.properties().stream()
                .filter(property -> property.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(schema.displayName() + " has no property " + name));
    }

    static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
