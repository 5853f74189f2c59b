package dev.usageschema.processor.check;

import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.NestedCountPath;
import dev.usageschema.processor.model.NestedSchema;
import dev.usageschema.processor.model.Property;
import java.util.List;
import java.util.Optional;

/**
 * Follows a path to a count in nested objects ({@code details.audio.tokens}) step by step, and says
 * at which step and why it does not lead to a count, with the valid choices at that step.
 */
final class NestedPaths {

    private NestedPaths() {
    }

    /**
     * The problem with {@code path}, followed from {@code properties} (those of {@code owner}), or
     * empty when it leads to a count. {@code subject} starts the message: {@code "@Sum on total names"}.
     */
    static Optional<String> problem(String owner, List<Property> properties, NestedCountPath path, String subject) {
        String at = owner;
        List<Property> level = properties;
        for (String holder : path.holders()) {
            Optional<Property> step = level.stream().filter(property -> property.name().equals(holder)).findFirst();
            if (step.isPresent() && step.get().kind() == Kind.NESTED_LIST) {
                return Optional.of(subject + " '" + path + "', but " + holder + " is a list, and a path cannot"
                        + " pass through a list" + (level == properties && path.holders().size() == 1
                        ? "; add up its elements with '" + holder + "[]." + path.count() + "'" : ""));
            }
            if (step.isEmpty() || step.get().kind() != Kind.NESTED) {
                return Optional.of(subject + " '" + path + "', but " + holder + " is not a nested schema of " + at
                        + Properties.nested(level));
            }
            Optional<NestedSchema> nested = step.get().nested();
            if (nested.isEmpty()) {
                // Nesting leads back here; that is reported as a cycle on the property itself.
                return Optional.of(subject + " '" + path + "', but " + holder + " leads back to a schema it is in");
            }
            at = nested.get().schemaType().simpleName();
            level = nested.get().properties();
        }
        String count = path.count();
        if (level.stream().noneMatch(property -> property.isCount() && property.name().equals(count))) {
            return Optional.of(subject + " '" + path + "', and " + count + " is not a count of " + at
                    + Properties.counts(level));
        }
        return Optional.empty();
    }
}
