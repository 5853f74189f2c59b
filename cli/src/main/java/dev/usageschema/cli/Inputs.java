package dev.usageschema.cli;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** The inputs a command line names: files, or standard input for {@code -} or none. */
final class Inputs {

    /** How standard input is named in messages and verdicts. */
    static final String STANDARD_INPUT = "<stdin>";

    private static final int BUFFER = 1 << 16;

    /**
     * One input.
     *
     * @param name how verdicts name it: the path as the command line gave it, or {@code <stdin>}
     * @param path the file; {@code null} for standard input
     */
    record Input(String name, Path path) {

        /** {@return the file's size in bytes, or -1 for standard input and what is not a regular file} */
        long size() {
            try {
                return path != null && Files.isRegularFile(path) ? Files.size(path) : -1;
            } catch (IOException unknown) {
                return -1;
            }
        }
    }

    private Inputs() {
    }

    /**
     * {@return the inputs {@code files} names, each checked to be readable}
     * @param files the command line's files; none, or {@code -}, is standard input
     * @throws CommandFailure naming the first file that cannot be read, and why
     */
    static List<Input> of(List<String> files) {
        if (files.isEmpty()) {
            return List.of(new Input(STANDARD_INPUT, null));
        }
        List<Input> inputs = new ArrayList<>();
        for (String file : files) {
            if (file.equals("-")) {
                inputs.add(new Input(STANDARD_INPUT, null));
                continue;
            }
            Path path = Path.of(file);
            if (!Files.exists(path)) {
                throw new CommandFailure("cannot read " + file + ": no such file; give the path of a file of records,"
                        + " or - for standard input");
            }
            if (Files.isDirectory(path)) {
                throw new CommandFailure("cannot read " + file + ": it is a directory; give the files in it"
                        + " (usage-schema check " + file + "/*.jsonl)");
            }
            if (!Files.isReadable(path)) {
                throw new CommandFailure("cannot read " + file + ": permission denied; make it readable by this user");
            }
            inputs.add(new Input(file, path));
        }
        return inputs;
    }

    /**
     * {@return the bytes of {@code input}, decompressed when they are gzip (whatever the file's name)}
     * @param input  the input
     * @param stdin  standard input
     * @param counter counts the bytes read from the input itself, before decompression
     * @throws IOException when the file cannot be opened
     */
    static InputStream open(Input input, InputStream stdin, Progress.Counter counter) throws IOException {
        InputStream raw = input.path() == null ? nonClosing(stdin) : Files.newInputStream(input.path());
        BufferedInputStream buffered = new BufferedInputStream(new Counting(raw, counter), BUFFER);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        if (first == 0x1f && second == 0x8b) {
            return new GZIPInputStream(buffered, BUFFER);
        }
        return buffered;
    }

    /** {@return what a read failure was, for a person} */
    static String describe(IOException failure) {
        if (failure instanceof EOFException) {
            return "the gzip data ends inside a member, so the file was cut short (" + failure.getMessage() + ")";
        }
        if (failure instanceof ZipException) {
            return "the gzip data is corrupt (" + failure.getMessage() + ")";
        }
        return failure.toString();
    }

    private static InputStream nonClosing(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // Standard input stays open for whoever runs the command.
            }
        };
    }

    /** Counts the bytes read through it. */
    private static final class Counting extends FilterInputStream {

        private final Progress.Counter counter;

        Counting(InputStream in, Progress.Counter counter) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            if (read >= 0) {
                counter.add(1);
            }
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                counter.add(read);
            }
            return read;
        }
    }
}
