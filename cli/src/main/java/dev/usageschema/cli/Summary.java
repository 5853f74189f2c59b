package dev.usageschema.cli;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Violation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the records of a run came to: how many were read, accepted, accepted with warnings and
 * rejected, and the violations by rule and by wire path, each with where its first few records are.
 * Bounded whatever the input: at most {@value #PATHS} paths are told apart, the rest counted together.
 */
final class Summary {

    /** How many distinct wire paths a summary tells apart. */
    static final int PATHS = 1000;

    /**
     * The records with a violation of one rule or at one path.
     */
    static final class Tally {
        private long count;
        private Severity worst = Severity.WARNING;
        private final List<String> examples = new ArrayList<>();

        /** {@return how many records have such a violation} */
        long count() {
            return count;
        }

        /** {@return {@code ERROR} when any of them is one, else {@code WARNING}} */
        Severity worst() {
            return worst;
        }

        /** {@return where the first few records with such a violation start, {@code file:line}} */
        List<String> examples() {
            return examples;
        }

        private Verdict last;

        private void add(Violation violation, Verdict verdict, int keep) {
            if (violation.isError()) {
                worst = Severity.ERROR;
            }
            if (verdict == last) {
                return;
            }
            last = verdict;
            count++;
            if (examples.size() < keep) {
                examples.add(verdict.where());
            }
        }
    }

    private final int examples;
    private long records;
    private long accepted;
    private long warned;
    private long rejected;
    private final Map<Rule, Tally> byRule = new EnumMap<>(Rule.class);
    private final Map<String, Tally> byPath = new LinkedHashMap<>();
    private final Tally otherPaths = new Tally();

    /** @param examples how many records each rule and path names */
    Summary(int examples) {
        this.examples = examples;
    }

    void add(Verdict verdict) {
        records++;
        switch (verdict.outcome()) {
            case ACCEPTED -> accepted++;
            case WARNED -> warned++;
            case REJECTED -> rejected++;
        }
        for (Violation violation : verdict.violations()) {
            byRule.computeIfAbsent(violation.rule(), rule -> new Tally()).add(violation, verdict, examples);
            Tally path = byPath.get(violation.wirePath());
            if (path == null && byPath.size() < PATHS) {
                path = new Tally();
                byPath.put(violation.wirePath(), path);
            }
            (path == null ? otherPaths : path).add(violation, verdict, examples);
        }
    }

    long records() {
        return records;
    }

    long accepted() {
        return accepted;
    }

    long warned() {
        return warned;
    }

    long rejected() {
        return rejected;
    }

    /** {@return the violations by rule, in the order of the rules} */
    Map<Rule, Tally> byRule() {
        return byRule;
    }

    /** {@return the violations by wire path, in the order the paths were first seen, at most {@value #PATHS}} */
    Map<String, Tally> byPath() {
        return byPath;
    }

    /** {@return the violations at paths past the first {@value #PATHS}} */
    Tally otherPaths() {
        return otherPaths;
    }

    /** {@return whether any record is at or above {@code level}} */
    boolean fails(Severity level) {
        return rejected > 0 || (level == Severity.WARNING && warned > 0);
    }
}
