package dev.usageschema.runtime;

import dev.usageschema.Rule;
import dev.usageschema.UsageViolationException;
import dev.usageschema.Violation;
import java.lang.System.Logger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The list of violations that generated code grows: {@code null} until the first one, so that a
 * valid value allocates nothing.
 */
public final class Violations {

    private static final Logger LOG = System.getLogger("dev.usageschema");

    private Violations() {
    }

    public static List<Violation> add(List<Violation> found, Violation violation) {
        List<Violation> list = found == null ? new ArrayList<>(4) : found;
        list.add(violation);
        return list;
    }

    /** Adds the violations of a nested object, their paths moved under {@code holder}. */
    public static List<Violation> addNested(List<Violation> found, Property holder, List<Violation> nested) {
        List<Violation> list = found;
        for (Violation violation : nested) {
            list = add(list, violation.under(holder.wirePath(), holder.propertyPath()));
        }
        return list;
    }

    /** The final, unmodifiable list. */
    public static List<Violation> done(List<Violation> found) {
        return found == null ? List.of() : Collections.unmodifiableList(found);
    }

    public static boolean hasErrors(List<Violation> violations) {
        for (Violation violation : violations) {
            if (violation.isError()) {
                return true;
            }
        }
        return false;
    }

    /** What {@code build()} does with what it found: throw on any error, else log the warnings. */
    public static void throwOrLog(String schema, List<Violation> violations) {
        if (violations.isEmpty()) {
            return;
        }
        if (hasErrors(violations)) {
            throw new UsageViolationException(schema, violations);
        }
        for (Violation warning : violations) {
            LOG.log(Logger.Level.WARNING, "{0}: {1}", schema, warning);
        }
    }

    public static Violation required(Property property) {
        return Counts.error(property, Rule.REQUIRED, null, "a value",
                property.name() + " is required but was not set");
    }

    public static Violation notNull(Property property) {
        return Counts.error(property, Rule.NOT_NULL, null, "a value, not null",
                property.name() + " must not be null");
    }

    /**
     * The additional properties whose names are null or taken by a declared property (wire names
     * and their alternates), which would make the value ambiguous on the wire.
     */
    public static List<Violation> additionalProperties(List<Violation> found, Property holder,
            Map<String, Object> additional, Set<String> declaredWireNames) {
        List<Violation> list = found;
        for (String name : additional.keySet()) {
            if (name == null || declaredWireNames.contains(name)) {
                list = add(list, Counts.error(holder, Rule.ADDITIONAL_PROPERTY, name,
                        "a name no declared property uses",
                        name == null
                                ? holder.name() + " has a null name"
                                : holder.name() + " holds '" + name + "', which is the wire name of a declared property"));
            }
        }
        return list;
    }
}
