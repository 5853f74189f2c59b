package dev.usageschema.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code usage-schema}: the command and its subcommands. */
@Command(name = "usage-schema", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks files and streams of LLM provider payloads against their usage schemas.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing at or above --fail-on (check)",
            "1:a record at or above --fail-on (check)",
            "2:the command could not run: unknown provider, unreadable file, bad options",
            "130:stopped by Ctrl-C, after printing the summary so far"})
public final class UsageSchemaCli implements Runnable {

    /** Exit code: nothing at or above {@code --fail-on}. */
    static final int OK = 0;
    /** Exit code: a record at or above {@code --fail-on}. */
    static final int FAILED = 1;
    /** Exit code: the command could not run. */
    static final int UNUSABLE = 2;

    /**
     * The library's logger, silenced: the checker reports every warning of every record in its own output, and the
     * library's log of the first of them would repeat them on standard error. Held here so that its level stays set.
     */
    private static final Logger LIBRARY_LOG = Logger.getLogger("dev.usageschema");

    static {
        LIBRARY_LOG.setLevel(Level.OFF);
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private UsageSchemaCli() {
    }

    /**
     * Runs one command line.
     *
     * @param io   the streams to run with
     * @param args the command line
     * @return the exit code
     */
    static int run(Io io, String... args) {
        PrintWriter err = new PrintWriter(io.err(), true);
        CommandLine line = new CommandLine(new UsageSchemaCli())
                .addSubcommand("check", new CheckCommand(io))
                .addSubcommand("providers", new ProvidersCommand(io))
                .addSubcommand("explain", new ExplainCommand(io))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8), true))
                .setErr(err)
                .setParameterExceptionHandler((wrong, arguments) -> {
                    CommandLine command = wrong.getCommandLine();
                    err.println("usage-schema: " + wrong.getMessage());
                    err.println("Try 'usage-schema " + (command.getParent() == null ? "" : command.getCommandName() + " ")
                            + "--help' for the options.");
                    return UNUSABLE;
                })
                .setExecutionExceptionHandler((failure, command, parsed) -> {
                    if (failure instanceof CommandFailure) {
                        err.println("usage-schema: " + failure.getMessage());
                    } else {
                        err.println("usage-schema: internal error, please report it with this trace:");
                        failure.printStackTrace(err);
                    }
                    return UNUSABLE;
                });
        return line.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a command: check, providers or explain");
    }
}
