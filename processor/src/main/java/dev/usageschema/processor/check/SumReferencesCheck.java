package dev.usageschema.processor.check;

import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import dev.usageschema.processor.model.SumSpec;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** A {@code @Sum} sits on a count and names other counts of the same schema, each once. */
final class SumReferencesCheck implements SchemaCheck {

    @Override
    public void check(Schema schema, Diagnostics diagnostics) {
        for (Property total : schema.properties()) {
            Optional<SumSpec> found = total.sum();
            if (found.isEmpty()) {
                continue;
            }
            SumSpec sum = found.get();
            if (!total.isCount()) {
                diagnostics.error(sum.origin(), "[UsageSchemaSum] @Sum is for token counts, and "
                        + total.name() + " is not one");
                continue;
            }
            if (sum.parts().isEmpty()) {
                diagnostics.error(sum.origin(), "[UsageSchemaSum] @Sum on " + total.name() + " names no parts");
            }
            Set<String> seen = new HashSet<>();
            for (String part : sum.parts()) {
                Optional<Property> target = Properties.named(schema, part);
                if (Properties.isUnreadable(schema, part)) {
                    continue;
                }
                if (part.equals(total.name())) {
                    diagnostics.error(sum.origin(), "[UsageSchemaSum] " + total.name() + " cannot be a part of its own sum");
                } else if (target.isEmpty()) {
                    diagnostics.error(sum.origin(), "[UsageSchemaSum] @Sum on " + total.name() + " names '" + part
                            + "', which is not a property of " + schema.displayName() + Properties.counts(schema));
                } else if (!target.get().isCount()) {
                    diagnostics.error(sum.origin(), "[UsageSchemaSum] @Sum on " + total.name() + " names " + part
                            + ", which is not a token count");
                } else if (!seen.add(part)) {
                    diagnostics.error(sum.origin(), "[UsageSchemaSum] @Sum on " + total.name() + " names " + part + " twice");
                }
            }
        }
    }
}
