package dev.usageschema.processor.check;

import dev.usageschema.processor.model.BoundSpec;
import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.util.Optional;

/** An {@code @AtMost} sits on a count or a nested schema and names another count of the same schema. */
final class BoundReferencesCheck implements SchemaCheck {

    @Override
    public void check(Schema schema, Diagnostics diagnostics) {
        for (Property bounded : schema.properties()) {
            Optional<BoundSpec> found = bounded.bound();
            if (found.isEmpty()) {
                continue;
            }
            BoundSpec bound = found.get();
            if (!bounded.isCount() && !bounded.holdsModels()) {
                diagnostics.error(bound.origin(), "[UsageSchemaAtMost] @AtMost is for token counts, nested"
                        + " schemas and lists of them, and " + bounded.name() + " is none of those");
                continue;
            }
            Optional<Property> target = Properties.named(schema, bound.bound());
            if (Properties.isUnreadable(schema, bound.bound())) {
                continue;
            }
            if (bounded.holdsModels() && !bounded.nested().orElseThrow().hasCounts()) {
                diagnostics.warning(bound.origin(), "[UsageSchemaAtMost] @AtMost on " + bounded.name() + " bounds nothing: "
                        + bounded.nested().orElseThrow().schemaType().simpleName() + " has no counts");
            }
            if (bound.bound().equals(bounded.name())) {
                diagnostics.error(bound.origin(), "[UsageSchemaAtMost] " + bounded.name() + " cannot be bounded by itself");
            } else if (target.isEmpty()) {
                diagnostics.error(bound.origin(), "[UsageSchemaAtMost] @AtMost on " + bounded.name() + " names '"
                        + bound.bound() + "', which is not a property of " + schema.displayName() + Properties.counts(schema));
            } else if (!target.get().isCount()) {
                diagnostics.error(bound.origin(), "[UsageSchemaAtMost] @AtMost on " + bounded.name() + " names "
                        + bound.bound() + ", which is not a token count");
            }
        }
    }
}
