package dev.usageschema.benchmarks.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loaded into each measured javac ({@code -J-javaagent:benchmarks.jar=FILE}): when javac exits,
 * writes the process's peak resident set size in KiB ({@code VmHWM} of {@code /proc/self/status},
 * the figure {@code /usr/bin/time -f %M} reports) to FILE. Linux only; elsewhere it writes nothing.
 */
public final class PeakMemoryAgent {

    private PeakMemoryAgent() {
    }

    public static void premain(String file) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> write(Path.of(file)), "peak-memory"));
    }

    private static void write(Path file) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    Files.writeString(file, line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // No /proc: the benchmark reports no peak memory rather than failing javac.
        }
    }

    /** What the agent wrote, in KiB, or -1 when it wrote nothing. */
    static long read(Path file) throws IOException {
        return Files.exists(file) ? Long.parseLong(Files.readString(file).trim()) : -1;
    }
}
