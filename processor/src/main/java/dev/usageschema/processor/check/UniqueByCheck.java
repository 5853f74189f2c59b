package dev.usageschema.processor.check;

import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.NestedSchema;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import dev.usageschema.processor.model.UniqueSpec;
import java.util.stream.Collectors;

/** {@code @UniqueBy} goes on a list of nested schemas and names a property of its element schema. */
final class UniqueByCheck implements SchemaCheck {

    @Override
    public void check(Schema schema, Diagnostics diagnostics) {
        for (Property property : schema.properties()) {
            if (property.unique().isEmpty()) {
                continue;
            }
            UniqueSpec unique = property.unique().get();
            if (property.kind() != Kind.NESTED_LIST) {
                diagnostics.error(unique.origin(), "[UsageSchemaUniqueBy] @UniqueBy is for lists of nested schemas,"
                        + " and " + property.name() + " is not one");
                continue;
            }
            NestedSchema element = property.nested().orElseThrow();
            if (element.property(unique.key()).isEmpty()) {
                diagnostics.error(unique.origin(), "[UsageSchemaUniqueBy] @UniqueBy on " + property.name() + " names '"
                        + unique.key() + "', which is not a property of " + element.schemaType().simpleName()
                        + "; its properties are " + element.properties().stream().map(Property::name)
                        .collect(Collectors.joining(", ")));
            }
        }
    }
}
