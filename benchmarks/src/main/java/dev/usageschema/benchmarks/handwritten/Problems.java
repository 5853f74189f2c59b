package dev.usageschema.benchmarks.handwritten;

import java.util.ArrayList;
import java.util.List;

/** The list a hand-written check fills: none allocated until the first problem. */
final class Problems {

    private Problems() {
    }

    static List<String> add(List<String> problems, String problem) {
        List<String> list = problems == null ? new ArrayList<>() : problems;
        list.add(problem);
        return list;
    }

    static List<String> done(List<String> problems) {
        return problems == null ? List.of() : problems;
    }

    /** A problem when {@code count}, if present, is negative. */
    static List<String> negative(List<String> problems, String name, boolean present, long count) {
        return present && count < 0 ? add(problems, name + " " + count + " is negative") : problems;
    }

    /** A problem when {@code count}, if present, lies above {@code bound}. */
    static List<String> above(List<String> problems, String name, boolean present, long count,
            String boundName, long bound) {
        return present && count > bound ? add(problems, name + " " + count + " > " + boundName + " " + bound) : problems;
    }
}
