package dev.usageschema.spark;

import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.canonical.ImmutableCanonicalUsage;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A total under way, as {@link UsageTotals} keeps it between records and sends it between tasks (Java
 * serialization; the sum, a model, is checked again when read back): the sum of the accepted canonical
 * usages, how many were accepted, how many rejected, and how many rejected records broke each rule.
 * Public because Spark encodes only public classes; nothing of it is for callers.
 */
public final class TotalsBuffer implements Serializable {

    private static final long serialVersionUID = 1L;

    private ImmutableCanonicalUsage sum;
    private long accepted;
    private long rejected;
    private final TreeMap<String, Long> rejectedByRule = new TreeMap<>();

    TotalsBuffer() {
    }

    /** Adds one accepted usage; when adding it fails (a count past {@code Long.MAX_VALUE}) it is rejected, the sum unchanged. */
    void accept(ImmutableCanonicalUsage usage) {
        if (sum == null) {
            sum = usage;
            accepted = 1;
            return;
        }
        Validated<ImmutableCanonicalUsage> added = sum.tryPlus(usage);
        if (added.isValid()) {
            sum = added.orElseThrow();
            accepted++;
        } else {
            reject(1, errorRules(added.errors()));
        }
    }

    /** Counts {@code count} rejected records, once under each of the rules. */
    void reject(long count, Set<String> rules) {
        rejected += count;
        for (String rule : rules) {
            rejectedByRule.merge(rule, count, Long::sum);
        }
    }

    /** {@return the names of the rules the errors among {@code violations} break, each once} */
    static Set<String> errorRules(List<Violation> violations) {
        Set<String> rules = new TreeSet<>();
        for (Violation violation : violations) {
            if (violation.isError()) {
                rules.add(violation.rule().name());
            }
        }
        return rules;
    }

    /**
     * Adds what another buffer summed. When the two sums do not add up, every record the other had
     * accepted is rejected under the rules of that failure, as {@code Adder.summing()} does with the
     * pieces of a parallel stream.
     */
    TotalsBuffer merge(TotalsBuffer other) {
        rejected += other.rejected;
        other.rejectedByRule.forEach((rule, count) -> rejectedByRule.merge(rule, count, Long::sum));
        if (other.sum != null) {
            if (sum == null) {
                sum = other.sum;
                accepted = other.accepted;
            } else {
                Validated<ImmutableCanonicalUsage> added = sum.tryPlus(other.sum);
                if (added.isValid()) {
                    sum = added.orElseThrow();
                    accepted += other.accepted;
                } else {
                    reject(other.accepted, errorRules(added.errors()));
                }
            }
        }
        return this;
    }

    ImmutableCanonicalUsage sum() {
        return sum;
    }

    long accepted() {
        return accepted;
    }

    long rejected() {
        return rejected;
    }

    Map<String, Long> rejectedByRule() {
        return rejectedByRule;
    }
}
