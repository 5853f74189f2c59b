package dev.usageschema.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The streams a command runs with, the process's own or a test's.
 *
 * @param in          standard input
 * @param out         standard output
 * @param err         standard error
 * @param terminal    whether the command runs on a terminal, where the progress bar may appear
 * @param interrupts  whether Ctrl-C stops the process, so that a run prints its summary so far then
 */
record Io(InputStream in, OutputStream out, PrintStream err, boolean terminal, boolean interrupts) {
}
