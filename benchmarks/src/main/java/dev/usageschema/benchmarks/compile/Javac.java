package dev.usageschema.benchmarks.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs the JDK's own {@code javac} launcher as a child process over one contender's sources, into
 * fresh output folders, and measures it from the outside: wall time from start to exit (JVM
 * start-up included, as a build pays it), and peak resident memory and CPU time through
 * {@link ProcessCostAgent}.
 */
final class Javac {

    /** One compilation: wall time, and peak resident memory and CPU time (-1 when unknown). */
    record Run(long wallNanos, long peakKib, long cpuMillis) {
    }

    private final Path javac;
    private final Path agentJar;

    /**
     * @param javac the {@code javac} launcher
     * @param agentJar the jar holding {@link ProcessCostAgent}, or {@code null} to measure wall time only
     */
    Javac(Path javac, Path agentJar) {
        this.javac = javac;
        this.agentJar = agentJar;
    }

    /**
     * Compiles {@code sources} with {@code --release 17}: classes to {@code work/classes}, generated
     * sources to {@code work/generated}, both emptied first.
     */
    Run compile(Contender contender, Path jars, List<Path> sources, Path work) throws IOException, InterruptedException {
        Path classes = Folders.empty(work.resolve("classes"));
        Path generated = Folders.empty(work.resolve("generated"));
        Path cost = work.resolve("cost.txt");
        Files.deleteIfExists(cost);

        List<String> args = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8",
                "-d", classes.toString(), "-s", generated.toString()));
        if (contender.generates()) {
            args.addAll(List.of("-classpath", jarsIn(contender.classPath(jars)),
                    "-processorpath", jarsIn(contender.processorPath(jars))));
        } else {
            args.addAll(List.of("-classpath", Folders.empty(work.resolve("no-jars")).toString()));
        }
        args.addAll(contender.options());
        sources.forEach(source -> args.add(source.toString()));
        Path argFile = Files.write(work.resolve("javac.args"), args.stream().map(Javac::quoted).toList());

        List<String> command = new ArrayList<>(List.of(javac.toString()));
        if (agentJar != null) {
            command.add("-J-javaagent:" + agentJar + "=" + cost);
        }
        command.add("@" + argFile);
        Path log = work.resolve("javac.log");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        long wall = System.nanoTime() - start;
        if (exit != 0) {
            throw new IllegalStateException("javac failed for " + contender + " (exit " + exit + "):\n" + tail(log));
        }
        ProcessCostAgent.Cost measured = ProcessCostAgent.read(cost);
        return new Run(wall, measured.peakKib(), measured.cpuMillis());
    }

    private static String jarsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            String jars = files.filter(file -> file.toString().endsWith(".jar")).sorted().map(Path::toString)
                    .collect(Collectors.joining(java.io.File.pathSeparator));
            if (jars.isEmpty()) {
                throw new IllegalStateException("no jars in " + folder + ": run 'mvn -B -q package -DskipTests' first");
            }
            return jars;
        }
    }

    /** An argument file entry: quoted, so that paths with spaces survive. */
    private static String quoted(String arg) {
        return '"' + arg.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
