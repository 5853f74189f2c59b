package dev.usageschema.cli;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Violation;
import java.util.List;

/**
 * What the check made of one record.
 *
 * @param file       the input's name
 * @param line       the line the record starts on
 * @param outcome    accepted, accepted with warnings, or rejected
 * @param violations every violation found, errors and warnings, at their wire paths
 * @param usage      the usage read, when it was accepted; else {@code null}
 * @param canonical  the canonical usage as JSON, when asked for and the record was accepted; else {@code null}
 * @param group      the record's group for {@code --sum --by}; {@code null} without it
 */
record Verdict(String file, long line, Outcome outcome, List<Violation> violations, Object usage, String canonical,
        String group) {

    /** Accepted, accepted with warnings, or rejected. */
    enum Outcome {
        ACCEPTED("accepted"),
        WARNED("accepted with warnings"),
        REJECTED("rejected");

        private final String words;

        Outcome(String words) {
            this.words = words;
        }

        /** {@return the outcome as output shows it} */
        String words() {
            return words;
        }

        static Outcome of(List<Violation> violations) {
            Outcome outcome = ACCEPTED;
            for (Violation violation : violations) {
                if (violation.isError()) {
                    return REJECTED;
                }
                outcome = WARNED;
            }
            return outcome;
        }
    }

    /** {@return the verdict on a record that could not be taken: one {@code MALFORMED} error saying why} */
    static Verdict unreadable(RawRecord record) {
        Violation why = new Violation("", "", Rule.MALFORMED, Severity.ERROR, null, "a record the reader can take",
                record.unreadable());
        return new Verdict(record.file(), record.line(), Outcome.REJECTED, List.of(why), null, null, null);
    }

    /** {@return where the record starts, {@code file:line}} */
    String where() {
        return file + ":" + line;
    }

    /** {@return whether this verdict is at or above {@code level}: a rejection, or with warnings when {@code level} is a warning} */
    boolean fails(Severity level) {
        return outcome == Outcome.REJECTED || (level == Severity.WARNING && outcome == Outcome.WARNED);
    }
}
