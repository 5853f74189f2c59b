package dev.usageschema.runtime;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A list of nested schemas, as a model holds it: each element read once and stored as the element
 * schema's model, its own violations reported at its index, and a parent's bound applied to the
 * counts of every element.
 */
public final class NestedLists {

    private NestedLists() {
    }

    /**
     * Adds each element of {@code given} to {@code adopted}: a model of the element schema as it
     * is, any other implementation converted through {@code convert} (its accessors read once).
     * An element that is not valid on its own is kept only to be rejected; its violations, moved
     * to its index under {@code holder}, are added to {@code rejected}, which is returned.
     */
    public static <S, M extends S> List<Violation> adopt(List<? extends S> given, List<S> adopted, Class<M> model,
            Function<S, Validated<M>> convert, Property holder, List<Violation> rejected) {
        if (given == null) {
            return rejected;
        }
        List<Violation> found = rejected;
        int index = 0;
        for (S element : given) {
            Validated<M> converted = NestedValues.converted(element, model, convert);
            adopted.add(NestedValues.adopted(element, converted));
            if (converted != null) {
                found = Violations.rejected(found, Property.element(holder, index), converted);
            }
            index++;
        }
        return found;
    }

    /** The warnings of each element that is a model of the element schema, at its index. */
    public static List<Violation> addElements(List<Violation> found, Property holder, List<?> list,
            Class<? extends Counted> model) {
        List<Violation> all = found;
        int index = 0;
        for (Object element : list) {
            all = NestedValues.reportWarnings(all, Property.element(holder, index), model, element);
            index++;
        }
        return all;
    }

    /**
     * A violation at the key of each element whose key an earlier element has already: {@code key}
     * reads it from the element schema's models; other elements are reported elsewhere.
     */
    public static <S> List<Violation> unique(List<Violation> found, Property holder, List<? extends S> list,
            Class<?> model, Function<S, Object> key, String keyName, String keyWireName, Severity severity) {
        List<Violation> all = found;
        Map<Object, Integer> first = new HashMap<>();
        int index = 0;
        for (S element : list) {
            if (model.isInstance(element)) {
                Object value = key.apply(element);
                Integer earlier = first.putIfAbsent(value, index);
                if (earlier != null) {
                    Property at = Property.nested(Property.element(holder, index), keyName, keyWireName);
                    all = Violations.add(all, new Violation(at.wirePath(), at.propertyPath(), Rule.UNIQUE, severity,
                            Texts.show(value), "a " + keyName + " no other element has",
                            holder.name() + "[" + index + "]." + keyName + " " + Texts.show(value) + " repeats "
                                    + holder.name() + "[" + earlier + "]"));
                }
            }
            index++;
        }
        return all;
    }

    /** A parent's bound on every count, at every depth, of every element. */
    public static List<Violation> bound(List<Violation> found, NestedBoundRule rule, long bound, List<?> list) {
        return bound(found, rule, null, bound, list);
    }

    /**
     * {@link #bound(List, NestedBoundRule, long, List)} for {@code list} as the {@code child} of a
     * model {@code rule} leads to ({@code null}: the list the rule bounds itself). The path of an
     * element is made only when one of its counts breaks the rule, so that a valid list makes none.
     */
    public static List<Violation> bound(List<Violation> found, NestedBoundRule rule, Property child, long bound,
            List<?> list) {
        List<Violation> all = found;
        int index = 0;
        for (Object element : list) {
            if (element instanceof Counted counted) {
                all = NestedCounts.probed(all, counted, rule, child, index, bound);
            }
            index++;
        }
        return all;
    }

    /**
     * A parent's bound on one count of every element: {@code countOf} reads it, checked, from the
     * element schema's models; other elements are reported elsewhere.
     */
    public static <S> List<Violation> boundEach(List<Violation> found, NestedBoundRule rule, Property count, long bound,
            List<? extends S> list, Class<?> model, ToLongFunction<S> countOf) {
        List<Violation> all = found;
        int index = 0;
        for (S element : list) {
            if (model.isInstance(element)) {
                long value = countOf.applyAsLong(element);
                if (rule.breaks(value, bound)) {
                    all = Violations.add(all, rule.atIndex(index).violation(count, value, bound));
                }
            }
            index++;
        }
        return all;
    }
}
