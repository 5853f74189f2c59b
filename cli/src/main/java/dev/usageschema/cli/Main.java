package dev.usageschema.cli;

import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;

/** {@code java -jar usage-schema.jar}: the process's entry point. */
public final class Main {

    private Main() {
    }

    /**
     * Runs the command line and exits with its code: 0 when no record is at or above {@code --fail-on},
     * 1 when one is, 2 when the command could not run, 130 when Ctrl-C stopped it.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // Standard output unbuffered by the JDK's PrintStream: the reports buffer it themselves.
        FileOutputStream out = new FileOutputStream(FileDescriptor.out);
        Io io = new Io(System.in, out, new PrintStream(System.err, true), onTerminal(), true);
        System.exit(UsageSchemaCli.run(io, args));
    }

    /** {@return whether standard input and output are a terminal} (JDK 22 and later say so of a console themselves.) */
    private static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException beforeJdk22) {
            return true;
        }
    }
}
