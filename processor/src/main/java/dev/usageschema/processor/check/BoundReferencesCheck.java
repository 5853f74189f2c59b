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
        if (!bound.count().isEmpty()) {
            Optional<String> problem = countProblem(schema, bounded, bound);
            if (problem.isPresent()) {
                diagnostics.error(bound.origin(), "[UsageSchemaAtMost] @AtMost(count = \"" + bound.count() + "\") on "
                        + bounded.name() + " " + problem.get());
                return;
            }
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

    /**
     * What is wrong with {@code count}: on a nested schema, a count of it or a path to one deeper
     * ({@code inner.tokens}); on a list, a count of its element schema.
     */
    private static Optional<String> countProblem(Schema schema, Property bounded, BoundSpec bound) {
        if (bounded.nested().isEmpty()) {
            return Optional.of("names no count of it; count is for a nested schema or a list of them");
        }
        NestedSchema nested = bounded.nested().get();
        if (bounded.kind() == Kind.NESTED_LIST) {
            return nested.count(bound.count()).isPresent() ? Optional.empty() : Optional.of("names no count of its"
                    + " elements, " + nested.schemaType().simpleName() + Properties.counts(nested.properties()));
        }
        return NestedCountPath.of(bound.count())
                .map(path -> NestedPaths.problem(nested.schemaType().simpleName(), nested.properties(), path, "names"))
                .orElseGet(() -> nested.count(bound.count()).isPresent() ? Optional.empty()
                        : Optional.of("names no count of it, " + nested.schemaType().simpleName()
                                + Properties.counts(nested.properties())));
    }

    /** A bound in a nested object, at any depth: nested schemas (not lists), and a count. */
    private static void checkPath(Schema schema, Property bounded, BoundSpec bound, NestedCountPath path,
            Diagnostics diagnostics) {
        Optional<String> problem = NestedPaths.problem(schema.displayName(), schema.properties(), path,
                "@AtMost on " + bounded.name() + " names");
        if (problem.isPresent()) {
            diagnostics.error(bound.origin(), "[UsageSchemaAtMost] " + problem.get());
        } else if (path.holder().equals(bounded.name())) {
            diagnostics.error(bound.origin(), "[UsageSchemaAtMost] " + bounded.name() + " cannot be bounded by"
                    + " one of its own counts");
        }
    }
}
