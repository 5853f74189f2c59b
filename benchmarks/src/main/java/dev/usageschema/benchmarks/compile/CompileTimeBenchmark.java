package dev.usageschema.benchmarks.compile;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What javac pays for each way of declaring the benchmark shape: N units (a usage and its two
 * details, 3 types each) per contender, compiled by the running JDK's {@code javac} in a child
 * process, a warm-up and then several measured runs, taken in turns so that drift hits every
 * contender alike. Prints per contender and N the median wall time and its ratio to plain records,
 * the same for CPU time (which other work on the machine moves less), the median peak resident
 * memory, and the lines a processor generated per type.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.usageschema.benchmarks.compile.CompileTimeBenchmark
 *     [--units 200,1000] [--runs 5] [--warmups 1] [--contenders usage-schema,AutoValue,...]
 *     [--jars benchmarks/target/compile-classpath] [--work DIR]
 * </pre>
 */
public final class CompileTimeBenchmark {

    private CompileTimeBenchmark() {
    }

    /** What one command line asks for. */
    record Options(List<Integer> units, int runs, int warmups, List<Contender> contenders, Path jars, Path work) {

        static Options parse(String[] args) throws URISyntaxException {
            List<Integer> units = List.of(200, 1000);
            int runs = 5;
            int warmups = 1;
            List<Contender> contenders = List.of(Contender.values());
            Path jars = null;
            Path work = null;
            for (int i = 0; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                String value = args[i + 1];
                switch (args[i]) {
                    case "--units" -> units = Arrays.stream(value.split(",")).map(Integer::valueOf).toList();
                    case "--runs" -> runs = Integer.parseInt(value);
                    case "--warmups" -> warmups = Integer.parseInt(value);
                    case "--contenders" -> contenders = Arrays.stream(value.split(",")).map(Contender::named).toList();
                    case "--jars" -> jars = Path.of(value);
                    case "--work" -> work = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + "; options: --units, --runs, --warmups, --contenders, --jars, --work");
                }
            }
            if (runs < 1 || warmups < 0 || units.stream().anyMatch(n -> n < 1)) {
                throw new IllegalArgumentException("--runs and --units need at least 1, --warmups at least 0");
            }
            if (jars == null) {
                jars = ownJar().resolveSibling("compile-classpath");
            }
            return new Options(units, runs, warmups, contenders, jars, work);
        }
    }

    /** One contender at one N: every measured run, and what its processor generated. */
    record Result(Contender contender, int units, List<Javac.Run> runs, GeneratedLines generated) {

        double medianMillis() {
            return median(runs.stream().mapToLong(Javac.Run::wallNanos).toArray()) / 1e6;
        }

        double medianCpuMillis() {
            return medianKnown(runs.stream().mapToLong(Javac.Run::cpuMillis).toArray());
        }

        double medianPeakMib() {
            return medianKnown(runs.stream().mapToLong(Javac.Run::peakKib).toArray()) / 1024;
        }

        private static double medianKnown(long[] values) {
            return Arrays.stream(values).anyMatch(value -> value < 0) ? Double.NaN : median(values);
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path javacLauncher = Path.of(System.getProperty("java.home"), "bin", "javac");
        Path agent = ownJar();
        Javac javac = new Javac(javacLauncher, Files.isRegularFile(agent) ? agent : null);
        Path work = options.work() != null ? Files.createDirectories(options.work())
                : Files.createTempDirectory("usage-schema-compile-benchmark");
        String loadBefore = loadAverage();
        System.err.printf("javac %s, %d warm-up and %d measured runs each, work in %s%n",
                Runtime.version(), options.warmups(), options.runs(), work);
        List<Result> results = new ArrayList<>();
        try {
            for (int units : options.units()) {
                results.addAll(measure(javac, options, units, work.resolve("units-" + units)));
            }
        } finally {
            if (options.work() == null) {
                Folders.delete(work);
            }
        }
        System.out.printf("javac %s, %d CPUs, %d warm-up and %d measured runs each;"
                + " load average (1 min) before %s, after %s%n%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), options.warmups(), options.runs(),
                loadBefore, loadAverage());
        System.out.print(Table.of(results));
    }

    /** The one-minute load average, so that a reader sees whether other work shared the machine. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static List<Result> measure(Javac javac, Options options, int units, Path folder) throws Exception {
        Map<Contender, List<Path>> sources = new EnumMap<>(Contender.class);
        for (Contender contender : options.contenders()) {
            Path src = Folders.empty(folder.resolve(contender.name().toLowerCase(Locale.ROOT)).resolve("src"));
            sources.put(contender, contender.writeUnits(src, units));
        }
        Map<Contender, List<Javac.Run>> runs = new EnumMap<>(Contender.class);
        for (int round = -options.warmups(); round < options.runs(); round++) {
            for (Contender contender : options.contenders()) {
                Javac.Run run = javac.compile(contender, options.jars(), sources.get(contender), workOf(folder, contender));
                System.err.printf("%s, %d units, %s: %d ms wall, %d ms CPU, %d MiB peak%n", contender, units,
                        round < 0 ? "warm-up" : "run " + (round + 1), run.wallNanos() / 1_000_000,
                        run.cpuMillis(), run.peakKib() / 1024);
                if (round >= 0) {
                    runs.computeIfAbsent(contender, key -> new ArrayList<>()).add(run);
                }
            }
        }
        List<Result> results = new ArrayList<>();
        for (Contender contender : options.contenders()) {
            GeneratedLines generated = GeneratedLines.in(workOf(folder, contender).resolve("generated"));
            results.add(new Result(contender, units, runs.get(contender), generated));
        }
        return results;
    }

    private static Path workOf(Path folder, Contender contender) {
        return folder.resolve(contender.name().toLowerCase(Locale.ROOT));
    }

    /** The jar (or class folder) this class was loaded from. */
    private static Path ownJar() throws URISyntaxException {
        return Path.of(CompileTimeBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
