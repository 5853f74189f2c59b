package dev.usageschema.sum;

import dev.usageschema.Checkable;
import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * A sum under way, not thread-safe: the sum of the values accepted so far, how many values came
 * and went each way, and the first rejected ones, each with its index among the values given. A
 * value that is not valid, or whose adding fails, is rejected and the sum stays as it was.
 */
final class SumState<X, M extends X> {

    private final Adder<X, M> adder;
    private final int keep;
    private M sum;
    /** The warnings of {@code sum} when its last addition gave them; {@code null}: ask the model. */
    private List<Violation> warnings;
    private long count;
    private long acceptedCount;
    /** The index of the first value accepted, where a piece set aside whole is said to begin. */
    private long firstAccepted;
    private long rejectedCount;
    private final List<Rejected<X>> rejected = new ArrayList<>();

    SumState(Adder<X, M> adder, int keep) {
        this.adder = adder;
        this.keep = keep;
    }

    /** Adds the next value. */
    void add(X value) {
        add(null, value, adder.checkNullable(value));
    }

    /**
     * Adds the next value, checked beforehand (outside any lock).
     *
     * @param key     the caller's key for it, or {@code null}
     * @param value   the value as given
     * @param checked its check; {@code null} when the value is {@code null}
     */
    void add(Object key, X value, Validated<M> checked) {
        long index = count++;
        if (value == null) {
            reject(Rejected.of(index, key, null, 1, List.of(new Violation("", "", Rule.NOT_NULL, Severity.ERROR, null,
                    "a " + adder.schema(), "the " + adder.schema() + " to add is null"))));
        } else if (!checked.isValid()) {
            reject(Rejected.of(index, key, value, 1, checked.violations()));
        } else if (sum == null) {
            sum = checked.orElseThrow();
            warnings = null;
            acceptedCount = 1;
            firstAccepted = index;
        } else {
            List<Violation> failed = addToSum(checked.orElseThrow());
            if (failed.isEmpty()) {
                acceptedCount++;
            } else {
                reject(Rejected.of(index, key, value, 1, failed));
            }
        }
    }

    /** {@return nothing when {@code value} was added to the sum, else why not, the sum unchanged} */
    private List<Violation> addToSum(M value) {
        Adding adding = new Adding();
        Validated<M> added = adder.add(sum, value, adding);
        if (adding.size() == 0 && added.isValid()) {
            sum = added.orElseThrow();
            warnings = added.violations();
            return List.of();
        }
        List<Violation> failed = new ArrayList<>(adding.found());
        if (!added.isValid()) {
            failed.addAll(added.violations());
        }
        return failed;
    }

    private void reject(Rejected<X> entry) {
        rejectedCount += entry.count();
        if (rejected.size() < keep) {
            rejected.add(entry);
        }
    }

    /**
     * Adds what another state summed, whose values came after this one's: its sum is added to this
     * one's, and when that fails the later piece is rejected whole, as one entry at the index of its
     * first accepted value.
     */
    SumState<X, M> combine(SumState<X, M> later) {
        List<Rejected<X>> laterRejected = new ArrayList<>(later.rejected.size() + 1);
        for (Rejected<X> entry : later.rejected) {
            laterRejected.add(entry.movedBy(count));
        }
        rejectedCount += later.rejectedCount;
        if (later.sum != null) {
            if (sum == null) {
                sum = later.sum;
                warnings = later.warnings;
                acceptedCount = later.acceptedCount;
                firstAccepted = count + later.firstAccepted;
            } else {
                List<Violation> failed = addToSum(later.sum);
                if (failed.isEmpty()) {
                    acceptedCount += later.acceptedCount;
                } else {
                    Rejected<X> piece = Rejected.of(count + later.firstAccepted, null, later.sum, later.acceptedCount,
                            failed);
                    rejectedCount += piece.count();
                    int at = 0;
                    while (at < laterRejected.size() && laterRejected.get(at).index() < piece.index()) {
                        at++;
                    }
                    laterRejected.add(at, piece);
                }
            }
        }
        // Every index of this piece is below the later piece's: the first kept of both are the first of all.
        for (int at = 0; at < laterRejected.size() && rejected.size() < keep; at++) {
            rejected.add(laterRejected.get(at));
        }
        count += later.count;
        return this;
    }

    /** {@return the total so far} */
    Total<X, M> total() {
        List<Violation> sumWarnings = sum == null ? List.of() : warnings != null ? warnings
                : ((Checkable) sum).violations();
        return Total.of(adder.schema(), sum, sumWarnings, acceptedCount, rejectedCount, rejected,
                new Violation("", "", Rule.NOT_ADDABLE, Severity.ERROR, null, "at least one " + adder.schema(),
                        "there is no " + adder.schema() + " to add up"));
    }
}
