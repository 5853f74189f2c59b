package dev.usageschema.runtime;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.UsageViolationException;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import java.lang.System.Logger;
import java.util.ArrayList;
import java.util.Collection;
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
        if (nested.isEmpty()) {
            return found;
        }
        List<Violation> list = found;
        for (Violation violation : nested) {
            list = add(list, violation.under(holder.wirePath(), holder.propertyPath()));
        }
        return list;
    }

    /** {@code found} with every violation of {@code more} ({@code null}: none) added. */
    public static List<Violation> addAll(List<Violation> found, List<Violation> more) {
        List<Violation> list = found;
        if (more != null) {
            for (Violation violation : more) {
                list = add(list, violation);
            }
        }
        return list;
    }

    /**
     * Keeps the violations of a nested value that could not be converted into its schema's model
     * ({@code converted} is invalid), moved under {@code holder}; a valid conversion, or none
     * ({@code null}), adds nothing, since the stored model reports its own warnings.
     */
    public static List<Violation> rejected(List<Violation> found, Property holder, Validated<?> converted) {
        return converted == null || converted.isValid() ? found : addNested(found, holder, converted.violations());
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

    /**
     * What {@code build()} does with a value and what its checks found ({@code null}: nothing):
     * throw on any error, else log each warning once and return the value.
     */
    public static <T> T built(String schema, T value, List<Violation> found) {
        if (found == null) {
            return value;
        }
        if (hasErrors(found)) {
            throw new UsageViolationException(schema, found);
        }
        for (Violation warning : found) {
            LOG.log(Logger.Level.WARNING, "{0}: {1}", schema, warning);
        }
        return value;
    }

    /** What {@code tryBuild()} returns for a value and what its checks found ({@code null}: nothing). */
    public static <T> Validated<T> validated(String schema, T value, List<Violation> found) {
        if (found == null) {
            return Validated.valid(schema, value, List.of());
        }
        return hasErrors(found) ? Validated.invalid(schema, found) : Validated.valid(schema, value, found);
    }

    /** What {@code check(null)} reports: there is no value to check. */
    public static List<Violation> nullValue(String schema) {
        return List.of(new Violation("", "", Rule.NOT_NULL, Severity.ERROR, null, "a " + schema,
                "the " + schema + " to check is null"));
    }

    /**
     * The elements of a stored collection that a model cannot hold: {@code null} elements, keys and
     * values, and collections nested past {@link Copies#MAX_DEPTH} (or cyclic).
     */
    public static List<Violation> elements(List<Violation> found, Property property, Object collection) {
        return elements(found, property, property.wirePath(), property.propertyPath(), collection, false);
    }

    /**
     * The additional properties that a model cannot hold: values that are not JSON-like (maps with
     * string keys, lists, strings, numbers, booleans, null), and nesting past {@link Copies#MAX_DEPTH}.
     * Unknown fields sit beside the declared ones on the wire, so their paths start at the object.
     */
    public static List<Violation> jsonValues(List<Violation> found, Property holder, Map<String, Object> additional) {
        String objectPath = holder.wirePath().substring(0, holder.wirePath().lastIndexOf('/'));
        return elements(found, holder, objectPath, holder.propertyPath(), additional, true);
    }

    private static List<Violation> elements(List<Violation> found, Property property, String wirePath,
            String propertyPath, Object value, boolean json) {
        List<Violation> list = found;
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object key = entry.getKey();
                String segment = String.valueOf(key);
                String entryWire = wirePath + "/" + Property.pointerSegment(segment);
                String entryProperty = propertyPath + "[" + segment + "]";
                if (json && !(key instanceof String)) {
                    list = add(list, contentError(Rule.UNSUPPORTED_VALUE, property, entryWire, entryProperty, key, "a string key",
                            "holds the key " + Texts.show(key) + ", which is not a string"));
                } else if (key == null) {
                    list = add(list, contentError(Rule.NOT_NULL, property, entryWire, entryProperty, null, "a key, not null",
                            "holds a null key"));
                }
                list = element(list, property, entryWire, entryProperty, entry.getValue(), json);
            }
        } else if (value instanceof Collection<?> collection) {
            int index = 0;
            for (Object element : collection) {
                list = element(list, property, wirePath + "/" + index, propertyPath + "[" + index + "]", element, json);
                index++;
            }
        }
        return list;
    }

    private static List<Violation> element(List<Violation> found, Property property, String wirePath,
            String propertyPath, Object value, boolean json) {
        if (value == Copies.TOO_DEEP) {
            return add(found, contentError(Rule.UNSUPPORTED_VALUE, property, wirePath, propertyPath, null, "at most " + Copies.MAX_DEPTH
                    + " levels", "nests deeper than " + Copies.MAX_DEPTH + " levels, or holds itself"));
        }
        if (value instanceof Map || value instanceof Collection) {
            return elements(found, property, wirePath, propertyPath, value, json);
        }
        if (value == null && !json) {
            return add(found, contentError(Rule.NOT_NULL, property, wirePath, propertyPath, null, "an element, not null",
                    "holds a null element"));
        }
        if (json && !Copies.isJsonScalar(value)) {
            return add(found, contentError(Rule.UNSUPPORTED_VALUE, property, wirePath, propertyPath,
                    value instanceof Number ? value : value.getClass().getName(),
                    "a JSON value: a map, list, string, finite number, boolean or null",
                    "holds " + (value instanceof Number ? value : "a " + value.getClass().getName())
                            + ", which is not a JSON value"));
        }
        return found;
    }

    private static Violation contentError(Rule rule, Property property, String wirePath, String propertyPath,
            Object actual, String expected, String what) {
        return new Violation(wirePath, propertyPath, rule, Severity.ERROR, actual, expected,
                property.name() + " " + what + " at " + propertyPath);
    }

    public static Violation required(Property property) {
        return Counts.error(property, Rule.REQUIRED, null, "a value",
                property.name() + " is required but was not set");
    }

    /** {@code found}, with {@link #notNull(Property)} added when {@code isNull}. */
    public static List<Violation> reportNull(List<Violation> found, boolean isNull, Property property) {
        return isNull ? add(found, notNull(property)) : found;
    }

    public static Violation notNull(Property property) {
        return Counts.error(property, Rule.NOT_NULL, null, "a value, not null",
                property.name() + " must not be null");
    }

    /**
     * The additional properties whose names are null or taken by a declared property (wire names
     * and their alternates), which would make the value ambiguous on the wire. Each is reported where
     * it sits on the wire, beside the declared fields (a null name at the object that holds it), and
     * at the map in Java paths, as Bean Validation names it.
     */
    public static List<Violation> additionalProperties(List<Violation> found, Property holder,
            Map<String, Object> additional, Set<String> declaredWireNames) {
        List<Violation> list = found;
        String objectPath = holder.wirePath().substring(0, holder.wirePath().lastIndexOf('/'));
        for (String name : additional.keySet()) {
            if (name == null) {
                list = add(list, new Violation(objectPath, holder.propertyPath(), Rule.ADDITIONAL_PROPERTY,
                        Severity.ERROR, null, "a name no declared property uses", holder.name() + " has a null name"));
            } else if (declaredWireNames.contains(name)) {
                list = add(list, new Violation(objectPath + "/" + Property.pointerSegment(name), holder.propertyPath(),
                        Rule.ADDITIONAL_PROPERTY, Severity.ERROR, name,
                        "a name no declared property uses",
                        holder.name() + " holds '" + name + "', which is the wire name of a declared property"));
            }
        }
        return list;
    }
}
