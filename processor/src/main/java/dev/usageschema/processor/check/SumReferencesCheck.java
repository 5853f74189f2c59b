package dev.usageschema.processor.check;

import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.ListSumPart;
import dev.usageschema.processor.model.NestedSchema;
import dev.usageschema.processor.model.NestedCountPath;
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
                Optional<ListSumPart> listPart = ListSumPart.of(part);
                if (listPart.isPresent()) {
                    checkListPart(schema, total, sum, listPart.get(), diagnostics);
                    if (!seen.add(part)) {
                        diagnostics.error(sum.origin(), "[UsageSchemaSum] @Sum on " + total.name() + " names " + part + " twice");
                    }
                    continue;
                }
                Optional<NestedCountPath> nestedPart = NestedCountPath.of(part);
                if (nestedPart.isPresent()) {
                    checkNestedPart(schema, total, sum, nestedPart.get(), diagnostics);
                    if (!seen.add(part)) {
                        diagnostics.error(sum.origin(), "[UsageSchemaSum] @Sum on " + total.name() + " names " + part + " twice");
                    }
                    continue;
                }
                if (part.contains(".") || part.contains("[")) {
                    diagnostics.error(sum.origin(), "[UsageSchemaSum] @Sum on " + total.name() + " names '" + part
                            + "'; a part is a count (prompt), a count of a nested object one level down"
                            + " (details.cached), or a count of every element of a list (details[].tokens)");
                    continue;
                }
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

    /** {@code holder.count}: a nested schema (not a list of them), and a count of it; never derived. */
    private static void checkNestedPart(Schema schema, Property total, SumSpec sum, NestedCountPath part,
            Diagnostics diagnostics) {
        Optional<Property> holder = Properties.named(schema, part.holder());
        if (holder.isPresent() && holder.get().kind() == Kind.NESTED_LIST) {
            diagnostics.error(sum.origin(), "[UsageSchemaSum] @Sum on " + total.name() + " names '" + part.holder() + "."
                    + part.count() + "', but " + part.holder() + " is a list: add up its elements with '"
                    + part.holder() + "[]." + part.count() + "'");
            return;
        }
        if (holder.isEmpty() || holder.get().kind() != Kind.NESTED) {
            diagnostics.error(sum.origin(), "[UsageSchemaSum] @Sum on " + total.name() + " names '" + part.holder()
                    + "." + part.count() + "', but " + part.holder() + " is not a nested schema of " + schema.displayName()
                    + Properties.nested(schema));
            return;
        }
        NestedSchema nested = holder.get().nested().orElseThrow();
        if (nested.count(part.count()).isEmpty()) {
            diagnostics.error(sum.origin(), "[UsageSchemaSum] @Sum on " + total.name() + " names '" + part.count()
                    + "' in " + part.holder() + ", which is not a count of " + nested.schemaType().simpleName()
                    + "; its counts are " + nested.counts().stream().map(Property::name)
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        if (sum.derive()) {
            diagnostics.error(sum.origin(), "[UsageSchemaSum] " + total.name() + " adds up counts of " + part.holder()
                    + ", so it cannot be derived: they are only known once that object is checked; remove derive = true");
        }
    }

    /** {@code list[].count}: a list of nested schemas, and a count of its element schema; never derived. */
    private static void checkListPart(Schema schema, Property total, SumSpec sum, ListSumPart part, Diagnostics diagnostics) {
        Optional<Property> list = Properties.named(schema, part.list());
        if (list.isEmpty() || list.get().kind() != Kind.NESTED_LIST) {
            diagnostics.error(sum.origin(), "[UsageSchemaSum] @Sum on " + total.name() + " names '" + part.list()
                    + "[]', but " + part.list() + " is not a list of nested schemas in " + schema.displayName()
                    + Properties.lists(schema));
            return;
        }
        NestedSchema element = list.get().nested().orElseThrow();
        if (element.count(part.count()).isEmpty()) {
            diagnostics.error(sum.origin(), "[UsageSchemaSum] @Sum on " + total.name() + " names '" + part.count()
                    + "' in the elements of " + part.list() + ", which is not a count of "
                    + element.schemaType().simpleName() + "; its counts are "
                    + element.counts().stream().map(Property::name).collect(java.util.stream.Collectors.joining(", ")));
        }
        if (sum.derive()) {
            diagnostics.error(sum.origin(), "[UsageSchemaSum] " + total.name() + " adds up the list " + part.list()
                    + ", so it cannot be derived: its elements are only known once they are checked; remove derive = true");
        }
    }
}
