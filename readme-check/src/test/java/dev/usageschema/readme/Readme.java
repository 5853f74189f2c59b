package dev.usageschema.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The project's README, read as the fenced code blocks it holds and the marker before each. */
final class Readme {

    /** The README, from this module's directory (where the tests run). */
    static final Path PATH = Path.of("..", "README.md");

    /** What may stand on the line before a block: {@code <!-- java: KIND [CONTEXT] -->}. */
    private static final Pattern MARKER = Pattern.compile("<!-- java: (\\S+)(?: (\\S+))? -->");

    private Readme() {
    }

    /**
     * A fenced block: its info string ({@code java}, {@code xml}...), the README line of its first
     * line of code, its code, and the marker on the line before its fence, {@code null} when there is
     * none.
     */
    record Block(String language, int firstLine, String code, Marker marker) {
        String where() {
            return "README.md:" + firstLine;
        }
    }

    /** A marker's kind ({@code file}, {@code types}, {@code statements}, {@code module}) and context. */
    record Marker(String kind, String context) {
    }

    static String text() {
        try {
            return Files.readString(PATH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every fenced block of the README, in order. */
    static List<Block> blocks() {
        List<String> lines = text().lines().toList();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.stripLeading().startsWith("```")) {
                continue;
            }
            // A block inside a list item is indented as its fence is.
            int indent = line.length() - line.stripLeading().length();
            String language = line.strip().substring(3).trim();
            int first = i + 1;
            int end = first;
            while (!lines.get(end).stripLeading().startsWith("```")) {
                end++;
            }
            StringBuilder code = new StringBuilder();
            for (String codeLine : lines.subList(first, end)) {
                code.append(codeLine, Math.min(indent, codeLine.length() - codeLine.stripLeading().length()),
                        codeLine.length()).append('\n');
            }
            blocks.add(new Block(language, first + 1, code.toString(), marker(lines, i)));
            i = end;
        }
        return blocks;
    }

    private static Marker marker(List<String> lines, int fence) {
        if (fence == 0) {
            return null;
        }
        Matcher matcher = MARKER.matcher(lines.get(fence - 1).trim());
        return matcher.matches() ? new Marker(matcher.group(1), matcher.group(2)) : null;
    }
}
