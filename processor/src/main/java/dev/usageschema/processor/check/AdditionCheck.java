package dev.usageschema.processor.check;

import dev.usageschema.MergeRule;
import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.MergeSpec;
import dev.usageschema.processor.model.NestedSchema;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;

/**
 * An {@code @Addable} schema says how every property combines: counts add, nested schemas add
 * field by field (and must be addable themselves), lists of them add by their {@code @UniqueBy}
 * key, and everything else has a {@code @Merge}. A {@code @Merge} says something only on such a
 * schema, and only what its property can do.
 */
final class AdditionCheck implements SchemaCheck {

    @Override
    public void check(Schema schema, Diagnostics diagnostics) {
        schema.addition().filter(addition -> addition.streams().size() > 1).ifPresent(addition -> diagnostics.error(
                addition.origin(), "[UsageSchemaAddable] a provider reports streamed usage in one way, and "
                        + schema.displayName() + " gives " + addition.streams().size() + ": " + addition.streams()));
        schema.addition().filter(addition -> addition.nullAddsNothing()
                && schema.properties().stream().noneMatch(Property::nullable)).ifPresent(addition -> diagnostics.error(
                addition.nullsOrigin(), "[UsageSchemaAddable] nulls = ADDS_NOTHING says what a null adds, and no property"
                        + " of " + schema.displayName() + " can be null; mark the properties that may be @Nullable,"
                        + " or remove nulls"));
        for (Property property : schema.properties()) {
            if (schema.addition().isEmpty()) {
                property.merge().ifPresent(merge -> diagnostics.error(merge.origin(), "[UsageSchemaMerge] @Merge says how "
                        + property.name() + " combines when values are added, and " + schema.displayName()
                        + " is not @Addable; annotate " + schema.displayName() + " with @Addable, or remove @Merge"));
            } else if (property.merge().isPresent()) {
                checkMerge(property, property.merge().get(), diagnostics);
            } else {
                checkAddedByStructure(schema, property, diagnostics);
            }
        }
    }

    private static void checkMerge(Property property, MergeSpec merge, Diagnostics diagnostics) {
        if (property.isCount()) {
            diagnostics.error(merge.origin(), "[UsageSchemaMerge] " + property.name() + " is a count, and counts are"
                    + " added; @Merge is for properties that are not counts (mark it @NotACount if it is not one)");
        } else if (merge.rule() == MergeRule.ADD && property.kind() != Kind.NUMBER && !property.isExactNumber()) {
            diagnostics.error(merge.origin(), "[UsageSchemaMerge] @Merge(ADD) adds a number that is not a count, and "
                    + property.name() + " is not a number; use AGREE, FIRST, LAST or DROP");
        } else if (merge.rule() == MergeRule.DROP && !property.isOptional() && property.kind() != Kind.ADDITIONAL) {
            diagnostics.error(merge.origin(), "[UsageSchemaMerge] @Merge(DROP) leaves " + property.name() + " out of"
                    + " the sum, and it is required; declare it Optional, or use AGREE, FIRST or LAST");
        }
    }

    private static void checkAddedByStructure(Schema schema, Property property, Diagnostics diagnostics) {
        switch (property.kind()) {
            case COUNT -> {
            }
            case NESTED -> requireAddable(schema, property, diagnostics);
            case NESTED_LIST -> {
                if (property.unique().isEmpty()) {
                    diagnostics.error(property.origin(), "[UsageSchemaAddable] " + schema.displayName() + " is @Addable,"
                            + " and " + property.name() + " is a list with no key to add its elements by; name the key"
                            + " with @UniqueBy, or say how the lists combine with @Merge");
                } else {
                    requireAddable(schema, property, diagnostics);
                }
            }
            default -> diagnostics.error(property.origin(), "[UsageSchemaAddable] " + schema.displayName() + " is"
                    + " @Addable, and " + property.name() + " is not a count: say how two values of it combine with"
                    + " @Merge(AGREE), FIRST, LAST, DROP" + (property.kind() == Kind.NUMBER || property.isExactNumber() ? " or ADD" : ""));
        }
    }

    private static void requireAddable(Schema schema, Property property, Diagnostics diagnostics) {
        NestedSchema nested = property.nested().orElse(null);
        if (nested != null && !nested.addable()) {
            diagnostics.error(property.origin(), "[UsageSchemaAddable] " + schema.displayName() + " is @Addable, and "
                    + property.name() + " holds " + nested.schemaType().simpleName() + ", which is not; annotate "
                    + nested.schemaType().simpleName() + " with @Addable, or say how " + property.name()
                    + " combines with @Merge");
        }
    }
}
