package dev.usageschema.processor.check;

import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.ListSumPart;
import dev.usageschema.processor.model.NestedCountPath;
import dev.usageschema.processor.model.NestedSchema;
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
            if (sum.inNested() && !checkNestedTotal(schema, total, sum, diagnostics)) {
                continue;
            }
            if (!sum.inNested() && !total.isCount()) {
                diagnostics.error(sum.origin(), "[UsageSchemaSum] @Sum is for token counts"
                        + (total.kind() == Kind.NESTED ? ", or for a nested schema with count = \"its total\"" : "")
                        + ", and " + total.name() + " is not one");
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
                    if (part.equals(total.name() + "." + sum.count())) {
                        diagnostics.error(sum.origin(), "[UsageSchemaSum] " + part + " cannot be a part of its own sum");
                    } else if (!seen.add(part)) {
                        diagnostics.error(sum.origin(), "[UsageSchemaSum] @Sum on " + total.name() + " names " + part + " twice");
                    }
                    continue;
                }
                if (part.contains(".") || part.contains("[")) {
                    diagnostics.error(sum.origin(), "[UsageSchemaSum] @Sum on " + total.name() + " names '" + part
                            + "'; a part is a count (prompt), a count of a nested object at any depth"
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

    /**
     * {@code @Sum(value = ..., count = "billed")} on a nested schema: its count (or a path deeper) is
     * the total of counts of this schema; known only once that object is checked, so never derived.
     */
    private static boolean checkNestedTotal(Schema schema, Property holder, SumSpec sum, Diagnostics diagnostics) {
        if (holder.kind() != Kind.NESTED) {
            diagnostics.error(sum.origin(), "[UsageSchemaSum] @Sum(count = \"" + sum.count() + "\") is for a nested"
                    + " schema, whose count is the total, and " + holder.name() + " is not one");
            return false;
        }
        Optional<String> problem = NestedPaths.problem(schema.displayName(), schema.properties(),
                NestedCountPath.within(holder.name(), sum.count()), "@Sum on " + holder.name() + " names the total");
        problem.ifPresent(found -> diagnostics.error(sum.origin(), "[UsageSchemaSum] " + found));
        if (sum.derive()) {
            diagnostics.error(sum.origin(), "[UsageSchemaSum] the total " + holder.name() + "." + sum.count()
                    + " lies in a nested object, so it cannot be derived; remove derive = true");
        }
        return problem.isEmpty();
    }

    /** {@code holder.count}, {@code holder.inner.count}: nested schemas (not lists), and a count; never derived. */
    private static void checkNestedPart(Schema schema, Property total, SumSpec sum, NestedCountPath part,
            Diagnostics diagnostics) {
        NestedPaths.problem(schema.displayName(), schema.properties(), part, "@Sum on " + total.name() + " names")
                .ifPresent(problem -> diagnostics.error(sum.origin(), "[UsageSchemaSum] " + problem));
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
                    + element.schemaType().simpleName() + Properties.counts(element.properties()));
        }
        if (sum.derive()) {
            diagnostics.error(sum.origin(), "[UsageSchemaSum] " + total.name() + " adds up the list " + part.list()
                    + ", so it cannot be derived: its elements are only known once they are checked; remove derive = true");
        }
    }
}
