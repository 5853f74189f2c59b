package dev.usageschema.benchmarks.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loaded into each measured javac ({@code -J-javaagent:benchmarks.jar=FILE}): when javac exits,
 * writes to FILE what the process cost, read from Linux's {@code /proc/self}: its peak resident set
 * size in KiB ({@code VmHWM}, the figure {@code /usr/bin/time -f %M} reports) and its CPU time in
 * milliseconds (user + system, every thread, at the kernel's usual 100 ticks a second). Other work
 * on the machine moves CPU time less than wall time, though not to nothing: a neighbour delays the
 * JIT threads, and javac then runs interpreted for longer. Elsewhere it writes nothing.
 */
public final class ProcessCostAgent {

    private static final long MILLIS_PER_TICK = 10;

    private ProcessCostAgent() {
    }

    /** What one process cost; -1 where unknown. */
    record Cost(long peakKib, long cpuMillis) {
        static final Cost UNKNOWN = new Cost(-1, -1);
    }

    public static void premain(String file) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> write(Path.of(file)), "process-cost"));
    }

    private static void write(Path file) {
        try {
            long peakKib = -1;
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    peakKib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            // Fields 14 and 15 (utime, stime); the name before them, in parentheses, may hold spaces.
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long cpuMillis = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK;
            Files.writeString(file, peakKib + " " + cpuMillis);
        } catch (IOException | RuntimeException e) {
            // No /proc: the benchmark reports no cost rather than failing javac.
        }
    }

    /** What the agent wrote, or {@link Cost#UNKNOWN} when it wrote nothing. */
    static Cost read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Cost.UNKNOWN;
        }
        String[] values = Files.readString(file).trim().split(" ");
        return new Cost(Long.parseLong(values[0]), Long.parseLong(values[1]));
    }
}
