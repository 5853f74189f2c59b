package dev.usageschema.processor.check;

import dev.usageschema.processor.model.BoundSpec;
import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.NestedCountPath;
import dev.usageschema.processor.model.NestedSchema;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.util.Optional;

/** An {@code @AtMost} sits on a count or a nested schema and names another count of the same schema. */
final class BoundReferencesCheck implements SchemaCheck {

    @Override
    public void check(Schema schema, Diagnostics diagnostics) {
        for (Property bounded : schema.properties()) {
            for (BoundSpec bound : bounded.bounds()) {
                check(schema, bounded, bound, diagnostics);
            }
        }
    }

    private static void check(Schema schema, Property bounded, BoundSpec bound, Diagnostics diagnostics) {
        if (!bounded.isCount() && !bounded.holdsModels()) {
            diagnostics.error(bound.origin(), "[UsageSchemaAtMost] @AtMost is for token counts, nested"
                    + " schemas and lists of them, and " + bounded.name() + " is none of those");
            return;
        }
        if (!bound.count().isEmpty() && (bounded.kind() != Kind.NESTED
                || bounded.nested().orElseThrow().count(bound.count()).isEmpty())) {
            diagnostics.error(bound.origin(), "[UsageSchemaAtMost] @AtMost(count = \"" + bound.count() + "\") on "
                    + bounded.name() + " names no count of it; count is for a nested schema"
                    + (bounded.kind() == Kind.NESTED ? ", whose counts are " + bounded.nested().orElseThrow().counts()
                            .stream().map(Property::name).collect(java.util.stream.Collectors.joining(", ")) : ""));
            return;
        }
        Optional<NestedCountPath> path = NestedCountPath.of(bound.bound());
        if (path.isPresent()) {
            checkPath(schema, bounded, bound, path.get(), diagnostics);
            return;
        }
        Optional<Property> target = Properties.named(schema, bound.bound());
        if (Properties.isUnreadable(schema, bound.bound())) {
            return;
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

    /** A bound in a nested object one level down: a nested schema (not a list), and a count of it. */
    private static void checkPath(Schema schema, Property bounded, BoundSpec bound, NestedCountPath path,
            Diagnostics diagnostics) {
        Optional<Property> holder = Properties.named(schema, path.holder());
        if (holder.isEmpty() || holder.get().kind() != Kind.NESTED) {
            diagnostics.error(bound.origin(), "[UsageSchemaAtMost] @AtMost on " + bounded.name() + " names '"
                    + bound.bound() + "', but " + path.holder() + " is not a nested schema of " + schema.displayName()
                    + Properties.nested(schema));
            return;
        }
        NestedSchema nested = holder.get().nested().orElseThrow();
        if (nested.count(path.count()).isEmpty()) {
            diagnostics.error(bound.origin(), "[UsageSchemaAtMost] @AtMost on " + bounded.name() + " names '"
                    + path.count() + "' in " + path.holder() + ", which is not a count of "
                    + nested.schemaType().simpleName() + "; its counts are " + nested.counts().stream()
                    .map(Property::name).collect(java.util.stream.Collectors.joining(", ")));
        } else if (path.holder().equals(bounded.name())) {
            diagnostics.error(bound.origin(), "[UsageSchemaAtMost] " + bounded.name() + " cannot be bounded by"
                    + " one of its own counts");
        }
    }
}
