package dev.usageschema.cli;

/**
 * Where the verdicts and the summary go, in one of the formats of {@code --format}. Its methods are
 * called under one lock: the run's thread writes verdicts, and Ctrl-C's finishes from another.
 */
interface Report {

    /** Writes one verdict, in the order the records came. */
    void verdict(Verdict verdict);

    /**
     * Writes the summary, and the totals when there are any; nothing is written after it.
     *
     * @param summary     what the records came to
     * @param sums        the totals of {@code --sum}; {@code null} without it
     * @param interrupted whether the run was stopped before its end, so the summary is of the records so far
     */
    void finish(Summary summary, Sums<?, ?> sums, boolean interrupted);

    /** Hands what is written so far on, while the input is quiet. */
    void flush();
}
