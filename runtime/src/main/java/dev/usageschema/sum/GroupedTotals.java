package dev.usageschema.sum;

import dev.usageschema.Validated;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Running totals of an {@code @Addable} schema's values by group, the way a gateway keeps them: by
 * user, day, model, provider or any key of the caller's that has {@code equals} and {@code hashCode}.
 * Any number of threads may add. There is no lock over all groups: each value is checked before any
 * lock is taken, then added under its own group's lock alone, so adds to different groups never wait
 * for each other. Each group is a total of its own ({@link Total}), numbering its values from 0 and
 * keeping its own first rejected values, so memory per group stays bounded however many values are
 * rejected; a group that is done with (yesterday) is taken out with {@link #remove}.
 *
 * @param <K> the group's key
 * @param <X> the schema
 * @param <M> its generated model
 */
public final class GroupedTotals<K, X, M extends X> {

    private final Adder<X, M> adder;
    private final Map<K, UsageTotal<X, M>> groups = new ConcurrentHashMap<>();

    GroupedTotals(Adder<X, M> adder) {
        this.adder = adder;
    }

    /**
     * Adds one value to its group's total, which begins with the first value of the group.
     *
     * @param group the group's key, not {@code null}
     * @param value any implementation of the schema
     * @return these totals
     */
    public GroupedTotals<K, X, M> add(K group, X value) {
        return add(group, null, value);
    }

    /**
     * Adds one value to its group's total with the caller's key for the value, which a rejection
     * keeps ({@link Rejected#key()}).
     *
     * @param group the group's key, not {@code null}
     * @param key   what the caller knows the value by, a request id; {@code null} for none
     * @param value any implementation of the schema
     * @return these totals
     */
    public GroupedTotals<K, X, M> add(K group, Object key, X value) {
        Objects.requireNonNull(group, "group");
        Validated<M> checked = adder.checkNullable(value);
        while (true) {
            UsageTotal<X, M> total = groups.get(group);
            if (total == null) {
                total = groups.computeIfAbsent(group, absent -> adder.newTotal());
            }
            if (total.addIfOpen(key, value, checked)) {
                return this;
            }
            // Removed since it was looked up: the value goes to the group begun anew.
            groups.remove(group, total);
        }
    }

    /**
     * {@return the group's total so far; with nothing accepted or rejected for a group that has had no value}
     * @param group the group's key
     */
    public Total<X, M> total(K group) {
        UsageTotal<X, M> total = groups.get(Objects.requireNonNull(group, "group"));
        return total == null ? adder.newTotal().total() : total.total();
    }

    /**
     * {@return every group's total, each as it stood when it was read} The groups are read one
     * after another, not all at one instant: a value added meanwhile may be in one group's total and
     * a later one not yet in another's.
     */
    public Map<K, Total<X, M>> snapshot() {
        Map<K, Total<X, M>> totals = new HashMap<>();
        groups.forEach((group, total) -> totals.put(group, total.total()));
        return Map.copyOf(totals);
    }

    /**
     * Takes a group out. Every value added before is in the total returned; a value added to the
     * group afterwards begins a new total for it.
     *
     * @param group the group's key
     * @return the group's final total; with nothing accepted or rejected when the group had no value
     */
    public Total<X, M> remove(K group) {
        UsageTotal<X, M> total = groups.remove(Objects.requireNonNull(group, "group"));
        return total == null ? adder.newTotal().total() : total.close();
    }
}
