package dev.usageschema.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the checker, in this JVM or as a process of its own, and keeps what it printed. */
final class Cli {

    /** What one run came to. */
    record Result(int exit, String out, String err) {
    }

    private Cli() {
    }

    /** {@return the test fixtures' directory} */
    static Path fixtures() {
        try {
            return Path.of(Cli.class.getResource("/fixtures").toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** {@return the path of fixture {@code name}, as a command line gives it} */
    static String fixture(String name) {
        return fixtures().resolve(name).toString();
    }

    /** {@return the output of a run in this JVM, with the fixtures' directory left out of the paths} */
    static Result run(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), args);
    }

    static Result run(InputStream stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = UsageSchemaCli.run(new Io(stdin, out, new PrintStream(err, true, UTF_8), false, false), args);
        String prefix = fixtures() + File.separator;
        return new Result(exit, out.toString(UTF_8).replace(prefix, ""), err.toString(UTF_8).replace(prefix, ""));
    }

    /** {@return a process that runs the checker on this test's class path, in the fixtures' directory} */
    static Process start(List<String> javaOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command).directory(fixtures().toFile()).start();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** {@return the output of the checker run as a process, given {@code stdin}} */
    static Result process(byte[] stdin, String... args) {
        return finish(start(List.of(), args), stdin);
    }

    static Result finish(Process process, byte[] stdin) {
        try {
            try (var in = process.getOutputStream()) {
                in.write(stdin);
            }
            // Read both streams to their end on threads of their own, so that neither fills and blocks.
            var out = new ByteArrayOutputStream();
            var err = new ByteArrayOutputStream();
            Thread outReader = copier(process.getInputStream(), out);
            Thread errReader = copier(process.getErrorStream(), err);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the checker did not end within 60 s");
            }
            outReader.join();
            errReader.join();
            return new Result(process.exitValue(), out.toString(UTF_8), err.toString(UTF_8));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
            throw new AssertionError(stop);
        }
    }

    static Thread copier(InputStream from, ByteArrayOutputStream to) {
        Thread thread = new Thread(() -> {
            try {
                from.transferTo(to);
            } catch (IOException ignored) {
                // The process ended.
            }
        });
        thread.start();
        return thread;
    }
}
