package dev.usageschema.cli;

import dev.usageschema.Severity;
import dev.usageschema.json.UsageSite;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** {@code usage-schema check}: every record of the inputs checked, the failing ones listed, then a summary. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {
            "Checks every record of the files (standard input for - or none) against a provider's usage schema"
                    + " or your own: JSON lines, a JSON array, or JSON documents, gzip read as it is.",
            "Lists the failing records (file:line, severity, rule, wire path, message), then a summary."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no record at or above --fail-on",
            "1:a record at or above --fail-on",
            "2:the command could not run: unknown provider or schema, unreadable file, bad options",
            "130:stopped by Ctrl-C, after printing the summary so far"})
final class CheckCommand implements Callable<Integer> {

    /** {@code --format}. */
    enum Format { TEXT, JSON, JSONL }

    /** {@code --progress}. */
    enum ProgressMode { AUTO, ALWAYS, NEVER }

    @Option(names = "--provider", paramLabel = "ID",
            description = "A surface of the catalogue (openai-chat, anthropic-messages, gemini, ...): its schema,"
                    + " its usage where the surface's whole responses hold it; usage-schema providers lists them.")
    private String provider;

    @Option(names = "--bare",
            description = "With --provider, each record is the usage object itself, not a whole response.")
    private boolean bare;

    @Option(names = "--stream",
            description = "Each input is one stream of events (server-sent events or JSON lines), its usage"
                    + " accumulated in the surface's stream style: one record per input, violations at"
                    + " /<event index>/...")
    private boolean stream;

    @Option(names = "--schema", paramLabel = "CLASS",
            description = "Your own schema: its @UsageSchema interface or generated model, found through"
                    + " META-INF/services/dev.usageschema.json.JsonSchema on --classpath.")
    private String schema;

    @Option(names = "--classpath", paramLabel = "DIR|JAR", split = "${sys:path.separator}",
            description = "Where --schema is compiled: directories and jars, separated by '${sys:path.separator}'"
                    + " or given again.")
    private List<Path> classPath = new ArrayList<>();

    @Option(names = "--at", paramLabel = "POINTER",
            description = "Where the usage sits in each record, a JSON Pointer (/usage); alternatives tried in"
                    + " order when given again. Without it each record is the usage itself.")
    private List<String> at = new ArrayList<>();

    @Option(names = "--input", paramLabel = "FORM", defaultValue = "auto",
            description = "How records are laid out: auto (the default: an array when the input starts with [,"
                    + " JSON lines when its first line is a whole value, else documents), lines, array, document.")
    private InputForm input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (the default: the failing records, then the summary), json (one document: every"
                    + " verdict, the summary), jsonl (a verdict a line, then the summary).")
    private Format format;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "error (the default: exit 1 when a record is rejected) or warning (also when one is"
                    + " accepted with warnings); text lists the records at or above it.")
    private Severity failOn;

    @Option(names = "--canonical", paramLabel = "FILE",
            description = "Writes the canonical usage of every accepted record to FILE, a JSON line each.")
    private Path canonical;

    @Option(names = "--sum", description = "Adds up the accepted records' usages and prints the totals.")
    private boolean sum;

    @Option(names = "--by", paramLabel = "KEY",
            converter = Grouping.Converter.class,
            description = "With --sum, a total per group: file (the input each record came from), model (the"
                    + " response's /model), or any JSON Pointer into the response (/metadata/team).")
    private Grouping by;

    @Option(names = "--max-record-bytes", paramLabel = "N", defaultValue = "16777216",
            description = "The most bytes one record may have (default 16 MiB); a longer one is rejected, unread.")
    private int maxRecordBytes;

    @Option(names = "--examples", paramLabel = "N", defaultValue = "3",
            description = "How many records the summary names for each rule and path (default 3).")
    private int examples;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Threads that check records (default: one per processor).")
    private int threads;

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
            description = "A progress bar on standard error for a run past a second: auto (the default: on a"
                    + " terminal), always, never.")
    private ProgressMode progress;

    @Parameters(paramLabel = "FILE", description = "The inputs: files, .gz or not, and - for standard input.")
    private List<String> files = new ArrayList<>();

    private final Io io;

    CheckCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (failOn == Severity.OFF) {
            throw new CommandFailure("--fail-on is error or warning, not off");
        }
        if (by != null && !sum) {
            throw new CommandFailure("--by groups the totals of --sum: add --sum");
        }
        if (maxRecordBytes < 1 || examples < 0 || threads < 0) {
            throw new CommandFailure("--max-record-bytes is at least 1, --examples and --threads at least 0");
        }
        Target<?, ?> target = target();
        if (stream) {
            if (bare) {
                throw new CommandFailure("--bare and --stream do not go together: a stream's events are whole events,"
                        + " their usage where the surface says");
            }
            if (by != null && by.readsRecords()) {
                throw new CommandFailure("--by " + by + " reads whole responses; with --stream, each input is one"
                        + " stream: group its totals with --by file");
            }
            target.requireStream();
        }
        List<Inputs.Input> inputs = Inputs.of(files);
        return check(target, inputs);
    }

    private Target<?, ?> target() {
        if (provider != null && schema != null) {
            throw new CommandFailure("--provider and --schema do not go together: name one schema to check against");
        }
        if (bare && (provider == null || !at.isEmpty())) {
            throw new CommandFailure(provider == null ? "--bare goes with --provider: a --schema's records are the"
                    + " usage itself unless --at says where" : "--bare and --at do not go together: the records are"
                    + " the usage itself, or the usage is at the pointer");
        }
        if (provider != null) {
            return ProviderTargets.find(provider, site(), bare);
        }
        if (schema == null) {
            throw new CommandFailure("name what to check against: --provider ID (usage-schema providers lists them),"
                    + " or --schema CLASS --classpath DIR|JAR, your own schema");
        }
        return UserSchemas.find(schema, classPath, site());
    }

    private UsageSite site() {
        if (at.isEmpty()) {
            return null;
        }
        try {
            return UsageSite.at(at.get(0), at.subList(1, at.size()).toArray(new String[0]));
        } catch (IllegalArgumentException wrong) {
            throw new CommandFailure("--at: " + wrong.getMessage() + "; a JSON Pointer is /usage, /choices/0/usage,"
                    + " or \"\" for the whole record");
        }
    }

    private <X, M extends X> int check(Target<X, M> target, List<Inputs.Input> inputs) throws IOException {
        Writer canonicalOut = canonical == null ? null : openCanonical();
        Sums<X, M> sums = sum ? new Sums<>(target, by) : null;
        Report report = report();
        Summary summary = new Summary(examples);
        long total = 0;
        for (Inputs.Input one : inputs) {
            long size = one.size();
            total = size < 0 || total < 0 ? -1 : total + size;
        }
        boolean shown = progress == ProgressMode.ALWAYS || (progress == ProgressMode.AUTO && io.terminal());
        int workers = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        try (Progress bar = new Progress(shown, io.err(), total)) {
            CheckRun<X, M> run = new CheckRun<>(target, input, maxRecordBytes, workers, report, summary, sums,
                    canonicalOut, bar, stream);
            Thread interrupted = new Thread(() -> run.finish(true), "usage-schema-interrupted");
            if (io.interrupts()) {
                Runtime.getRuntime().addShutdownHook(interrupted);
            }
            try {
                run.run(inputs, io.in());
            } finally {
                if (io.interrupts()) {
                    removeHook(interrupted);
                }
            }
        }
        return summary.fails(failOn) ? UsageSchemaCli.FAILED : UsageSchemaCli.OK;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C came: the hook prints the summary so far.
        }
    }

    private Writer openCanonical() {
        try {
            return Files.newBufferedWriter(canonical, StandardCharsets.UTF_8);
        } catch (IOException unwritable) {
            throw new CommandFailure("cannot write --canonical " + canonical + ": " + unwritable.getMessage()
                    + "; give a file in a directory that exists and is writable");
        }
    }

    private Report report() {
        if (format == Format.TEXT) {
            return new TextReport(new PrintWriter(new BufferedWriter(new OutputStreamWriter(io.out(),
                    StandardCharsets.UTF_8), 1 << 16)), failOn);
        }
        return new JsonReport(new JsonFactory().createGenerator(ObjectWriteContext.empty(), io.out()), format == Format.JSONL);
    }
}
