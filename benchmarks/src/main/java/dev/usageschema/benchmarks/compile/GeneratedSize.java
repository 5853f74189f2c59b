package dev.usageschema.benchmarks.compile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The size of what the processor generates for the benchmark shape (the OpenAI chat usage, its
 * prompt details and its completion details) with everything a new user may turn on, JSON forms
 * and addition, and for the prompt details alone (two optional counts): every file's lines, its
 * code lines, and its lines over {@value #WIDE} characters.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.usageschema.benchmarks.compile.GeneratedSize [--jars DIR]
 * </pre>
 */
public final class GeneratedSize {

    /** The width past which a line counts as long. */
    static final int WIDE = 120;

    private GeneratedSize() {
    }

    public static void main(String[] args) throws Exception {
        CompileTimeBenchmark.Options options = CompileTimeBenchmark.Options.parse(args);
        Javac javac = new Javac(Path.of(System.getProperty("java.home"), "bin", "javac"), null);
        Path work = Files.createTempDirectory("usage-schema-generated-size");
        try {
            Contender contender = Contender.USAGE_SCHEMA_EVERYTHING;
            List<Path> sources = contender.writeUnits(Folders.empty(work.resolve("src")), 1);
            report("the chat shape, JSON and addition on", javac, options.jars(), sources, work.resolve("shape"));
            List<Path> details = sources.stream().filter(source -> source.endsWith("BenchPromptDetails0.java")).toList();
            report("two optional counts, JSON and addition on", javac, options.jars(), details, work.resolve("details"));
        } finally {
            Folders.delete(work);
        }
    }

    private static void report(String title, Javac javac, Path jars, List<Path> sources, Path work) throws Exception {
        javac.compile(Contender.USAGE_SCHEMA_EVERYTHING, jars, sources, work);
        long lines = 0;
        long code = 0;
        long wide = 0;
        System.out.println(title + ":");
        try (Stream<Path> files = Files.walk(work.resolve("generated"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                GeneratedLines size = GeneratedLines.in(file);
                long wideLines = Files.readAllLines(file).stream().filter(line -> line.length() > WIDE).count();
                System.out.printf("  %-40s %5d lines, %5d code, %3d over %d%n", file.getFileName(), size.lines(),
                        size.codeLines(), wideLines, WIDE);
                lines += size.lines();
                code += size.codeLines();
                wide += wideLines;
            }
        }
        System.out.printf("  %-40s %5d lines, %5d code, %3d over %d%n", "total", lines, code, wide, WIDE);
    }
}
