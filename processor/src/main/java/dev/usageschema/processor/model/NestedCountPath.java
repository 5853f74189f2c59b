package dev.usageschema.processor.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A count that lies in a nested object, as a {@code @Sum} part or an {@code @AtMost} bound names
 * it: {@code "cacheCreation.ephemeral5mInputTokens"}, a count of the schema that the property
 * {@code cacheCreation} holds, or deeper, {@code "details.audio.inputTokens"}.
 *
 * @param holders the nested-schema properties along the way, from the schema down
 * @param count   the count of the innermost nested schema
 */
public record NestedCountPath(List<String> holders, String count) {

    private static final Pattern FORM = Pattern.compile("[^\\[\\].]+(\\.[^\\[\\].]+)+");

    public NestedCountPath {
        holders = List.copyOf(holders);
    }

    /** The reference as a path, when it is written {@code holder.count} or {@code holder.inner.count}. */
    public static Optional<NestedCountPath> of(String reference) {
        if (!FORM.matcher(reference).matches()) {
            return Optional.empty();
        }
        List<String> segments = Arrays.asList(reference.split("\\."));
        return Optional.of(new NestedCountPath(segments.subList(0, segments.size() - 1),
                segments.get(segments.size() - 1)));
    }

    /** The path of {@code count} within the object that {@code holder} holds: {@code count = "inner.tokens"}. */
    public static NestedCountPath within(String holder, String count) {
        return of(holder + "." + count).orElseThrow();
    }

    /** The first nested-schema property, a property of the schema itself. */
    public String holder() {
        return holders.get(0);
    }

    /**
     * The properties along the path, when every step resolves: each holder a nested schema (not a
     * list) of the one before, starting at {@code properties}, and the count a count of the last.
     */
    public Optional<Steps> resolve(List<Property> properties) {
        List<Property> level = properties;
        List<Property> found = new ArrayList<>();
        for (String holder : holders) {
            Optional<Property> step = level.stream().filter(property -> property.name().equals(holder)).findFirst();
            if (step.isEmpty() || step.get().kind() != Kind.NESTED || step.get().nested().isEmpty()) {
                return Optional.empty();
            }
            found.add(step.get());
            level = step.get().nested().get().properties();
        }
        return level.stream().filter(property -> property.isCount() && property.name().equals(count)).findFirst()
                .map(counted -> new Steps(found, counted));
    }

    /**
     * A resolved path.
     *
     * @param holders the nested-schema properties, outermost first
     * @param count   the count at the end
     */
    public record Steps(List<Property> holders, Property count) {

        public Steps {
            holders = List.copyOf(holders);
        }
    }

    /** The path as written. */
    @Override
    public String toString() {
        return String.join(".", holders) + "." + count;
    }
}
