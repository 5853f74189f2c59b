package dev.usageschema.processor.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Properties named by paths through nested objects, as {@code @Sum} parts write them
 * ({@code promptTokens}, {@code promptTokensDetails.cachedTokens}), and what the schema's rules say
 * of the counts so named: the counts that bound them and the sums that make them, every rule's
 * names turned into paths from the schema itself. A rule on a nested schema names counts of that
 * schema, so its names are prefixed with the path to it.
 */
public final class CountPaths {

    /** Deeper than any schema nests, so that a cycle (an error of its own) cannot loop. */
    private static final int MAX_DEPTH = 64;

    private CountPaths() {
    }

    /**
     * A path that resolves.
     *
     * @param holders the nested-schema properties on the way, outermost first
     * @param target  the property at the end
     */
    public record Resolved(List<Property> holders, Property target) {

        public Resolved {
            holders = List.copyOf(holders);
        }
    }

    /**
     * A sum whose total is a count, its parts as paths from the schema.
     *
     * @param parts the parts, each a path from the schema ({@code list[].count} parts as such)
     */
    public record PathSum(SumSpec sum, List<String> parts) {

        public PathSum {
            parts = List.copyOf(parts);
        }
    }

    /** The property at {@code path}, through nested schemas (never a list), of any kind. */
    public static Optional<Resolved> resolve(List<Property> properties, String path) {
        if (path.isEmpty() || path.contains("[")) {
            return Optional.empty();
        }
        List<String> segments = Arrays.asList(path.split("\\.", -1));
        List<Property> level = properties;
        List<Property> holders = new ArrayList<>();
        for (int index = 0; index < segments.size(); index++) {
            Optional<Property> step = named(level, segments.get(index));
            if (step.isEmpty()) {
                return Optional.empty();
            }
            if (index == segments.size() - 1) {
                return Optional.of(new Resolved(holders, step.get()));
            }
            if (step.get().kind() != Kind.NESTED || step.get().nested().isEmpty()) {
                return Optional.empty();
            }
            holders.add(step.get());
            level = step.get().nested().get().properties();
        }
        return Optional.empty();
    }

    /** Every count of the schema and of its nested objects at any depth, lists left out, as paths. */
    public static List<String> counts(List<Property> properties) {
        List<String> found = new ArrayList<>();
        collect(properties, "", 0, found);
        return found;
    }

    private static void collect(List<Property> properties, String prefix, int depth, List<String> found) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Property property : properties) {
            if (property.isCount()) {
                found.add(prefix + property.name());
            } else if (property.kind() == Kind.NESTED && property.nested().isPresent()) {
                collect(property.nested().get().properties(), prefix + property.name() + ".", depth + 1, found);
            }
        }
    }

    /**
     * The counts that bound the count at {@code path}, as paths: the {@code @AtMost} on it, and those
     * on each nested object on its way that bound every count of it or this one ({@code count = ...}).
     */
    public static Set<String> boundsOf(List<Property> properties, String path) {
        Set<String> bounds = new LinkedHashSet<>();
        walk(properties, path, (step, prefix, rest) -> {
            for (BoundSpec bound : step.bounds()) {
                boolean applies = rest.isEmpty() ? bound.count().isEmpty()
                        : bound.count().isEmpty() || bound.count().equals(rest);
                if (applies) {
                    bounds.add(prefix + bound.bound());
                }
            }
        });
        return bounds;
    }

    /**
     * The sums whose total is the count at {@code path}: the {@code @Sum} on it, and a {@code @Sum}
     * on a nested object on its way whose {@code count} is this one.
     */
    public static List<PathSum> sumsOf(List<Property> properties, String path) {
        List<PathSum> sums = new ArrayList<>();
        walk(properties, path, (step, prefix, rest) -> step.sum()
                .filter(sum -> rest.isEmpty() ? !sum.inNested() : sum.count().equals(rest))
                .ifPresent(sum -> sums.add(new PathSum(sum, sum.parts().stream().map(part -> prefix + part).toList()))));
        return sums;
    }

    /** Whether any sum that makes {@code total} lists {@code part}. */
    public static boolean listedIn(List<Property> properties, String total, String part) {
        return sumsOf(properties, total).stream().anyMatch(sum -> sum.parts().contains(part));
    }

    /** What to do at each property on a path: its owner's path ({@code "a.b."}), and the rest below it. */
    private interface Step {
        void at(Property property, String prefix, String rest);
    }

    private static void walk(List<Property> properties, String path, Step step) {
        Optional<Resolved> resolved = resolve(properties, path);
        if (resolved.isEmpty()) {
            return;
        }
        List<String> segments = Arrays.asList(path.split("\\."));
        List<Property> chain = new ArrayList<>(resolved.get().holders());
        chain.add(resolved.get().target());
        for (int index = 0; index < chain.size(); index++) {
            String prefix = index == 0 ? "" : String.join(".", segments.subList(0, index)) + ".";
            String rest = String.join(".", segments.subList(index + 1, segments.size()));
            step.at(chain.get(index), prefix, rest);
        }
    }

    private static Optional<Property> named(List<Property> properties, String name) {
        return properties.stream().filter(property -> property.name().equals(name)).findFirst();
    }
}
