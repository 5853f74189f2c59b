package dev.usageschema.cli;

import dev.usageschema.sum.GroupedTotals;
import dev.usageschema.sum.Rejected;
import dev.usageschema.sum.Total;
import dev.usageschema.sum.UsageTotal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The totals of {@code --sum}: the accepted records' usages added up, as a {@link Total} keeps them
 * (the sum of what was accepted, apart from what adding rejected), in one total or one per group of
 * {@code --by}. Records rejected by their check never reach a total; the summary counts them.
 *
 * @param <X> the schema
 * @param <M> its generated model
 */
final class Sums<X, M extends X> {

    /**
     * One total as output shows it.
     *
     * @param group    the group's key; {@code null} for the one total of a run without {@code --by}
     * @param added    how many usages the sum holds
     * @param rejected how many usages adding rejected (an overflow, a property that must agree and does not)
     * @param sum      the sum as JSON, in the schema's wire shape; {@code null} when nothing was added
     * @param first    the first usages adding rejected, each keyed by where its record starts
     */
    record Group(String group, long added, long rejected, String sum, List<Rejected<?>> first) {
    }

    private final Target<X, M> target;
    private final Grouping by;
    private final UsageTotal<X, M> total;
    private final GroupedTotals<String, X, M> groups;

    Sums(Target<X, M> target, Grouping by) {
        this.target = target;
        this.by = by;
        var adder = target.adder().orElseThrow(() -> new CommandFailure(target.name() + " is not @Addable, so its"
                + " usages have no sum; leave out --sum, or declare the schema @Addable"));
        this.total = by == null ? adder.newTotal() : null;
        this.groups = by == null ? null : adder.newGroupedTotals();
    }

    /** {@return the grouping, {@code null} for one total} */
    Grouping by() {
        return by;
    }

    /** Adds an accepted record's usage; a record without one is left out. */
    void add(Verdict verdict) {
        if (verdict.usage() == null) {
            return;
        }
        M usage = target.model(verdict.usage());
        if (groups == null) {
            total.add(verdict.where(), usage);
        } else {
            groups.add(verdict.group(), verdict.where(), usage);
        }
    }

    /** {@return every total, as it stands; by group key in order} */
    List<Group> groups() {
        List<Group> all = new ArrayList<>();
        if (groups == null) {
            all.add(group(null, total.total()));
            return all;
        }
        for (Map.Entry<String, Total<X, M>> entry : groups.snapshot().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder())).toList()) {
            all.add(group(entry.getKey(), entry.getValue()));
        }
        return all;
    }

    private Group group(String key, Total<X, M> one) {
        return new Group(key, one.acceptedCount(), one.rejectedCount(), one.sum().map(target::write).orElse(null),
                List.copyOf(one.rejected()));
    }
}
