package dev.usageschema.processor.write;

import com.palantir.javapoet.JavaFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The text of a generated file, laid out as a person would write it where JavaPoet spreads a
 * small thing over several lines: a doc comment of one line stays on one line, an annotation with
 * one member is written inline, a statement or declaration that JavaPoet wrapped at its own 100
 * columns is joined up again (a chain of calls written one a line stays so), whenever the result
 * fits {@link #WIDTH} columns, and the fields of a class stand together, with no blank line
 * between them.
 *
 * <p>Two passes over the lines, not regular expressions over the text: the processor lays out
 * every file it writes, and a pattern tried at every line start of every file was a tenth of its
 * time.
 */
public final class SourceLayout {

    /** The widest line this layout makes; it leaves longer lines as JavaPoet wrote them. */
    static final int WIDTH = 120;

    private static final Set<String> FIELD_MODIFIERS = Set.of("private", "public", "protected", "static", "final");

    private SourceLayout() {
    }

    /** {@return the source of {@code file}, laid out} */
    public static String of(JavaFile file) {
        return laidOut(file.toString());
    }

    static String laidOut(String source) {
        String[] lines = unwrapped(source.split("\n", -1));
        List<String> out = new ArrayList<>(lines.length);
        for (int at = 0; at < lines.length; at++) {
            String joined = at + 2 < lines.length ? joined(lines[at], lines[at + 1], lines[at + 2]) : null;
            if (joined != null) {
                out.add(joined.length() <= WIDTH ? joined : lines[at]);
                if (joined.length() <= WIDTH) {
                    at += 2;
                }
            } else if (lines[at].isEmpty() && at + 1 < lines.length && !out.isEmpty()
                    && isField(out.get(out.size() - 1)) && isField(lines[at + 1])) {
                continue;
            } else {
                out.add(lines[at]);
            }
        }
        return String.join("\n", out);
    }

    /**
     * The lines with JavaPoet's continuation lines (indented two levels deeper than the line they
     * continue) joined to the line before them while the result fits: a wrap is always at a space
     * between tokens, or right after an opening parenthesis, so joining changes no token. A line
     * with a comment is left as it is, and so are deeper lines, which JavaPoet did not wrap.
     * Continuation lines that do not fit on the line they continue are joined among themselves.
     */
    private static String[] unwrapped(String[] lines) {
        List<String> out = new ArrayList<>(lines.length);
        for (int at = 0; at < lines.length; at++) {
            String line = lines[at];
            String continuation = isCode(line) ? indentOf(line) + CONTINUATION : null;
            while (continuation != null && at + 1 < lines.length && isContinuation(lines[at + 1], continuation)) {
                String next = lines[at + 1].substring(continuation.length());
                String joined = line + (line.endsWith("(") ? "" : " ") + next;
                at++;
                if (joined.length() > WIDTH) {
                    // What does not fit starts a continuation line of its own, which the rest may join.
                    out.add(line);
                    line = lines[at];
                } else {
                    line = joined;
                }
            }
            out.add(line);
        }
        return out.toArray(String[]::new);
    }

    /** JavaPoet's indent of a continuation line, two levels of four spaces. */
    private static final String CONTINUATION = "        ";

    /** A line at exactly the continuation indent, not a call of a chain written one call a line. */
    private static boolean isContinuation(String line, String continuation) {
        return line.startsWith(continuation) && line.length() > continuation.length()
                && line.charAt(continuation.length()) != ' ' && line.charAt(continuation.length()) != '.'
                && isCode(line);
    }

    /** A line of code without a comment; an annotation's opening is left to {@link #joined}. */
    private static boolean isCode(String line) {
        String text = line.stripLeading();
        return !text.isEmpty() && !text.startsWith("*") && !text.startsWith("/") && !line.contains("//")
                && !line.contains("/*") && !isAnnotationOpening(text);
    }

    private static String indentOf(String line) {
        return line.substring(0, line.length() - line.stripLeading().length());
    }

    /**
     * The one line that three lines make, a doc comment of one line or an annotation of one member,
     * or {@code null} when they are neither.
     */
    private static String joined(String first, String middle, String last) {
        String indent = first.substring(0, first.length() - first.stripLeading().length());
        String opening = first.substring(indent.length());
        if (opening.equals("/**") && last.equals(indent + " */") && middle.startsWith(indent + " * ")
                && middle.length() > indent.length() + 3) {
            return indent + "/** " + middle.substring(indent.length() + 3) + " */";
        }
        String member = middle.stripLeading();
        if (isAnnotationOpening(opening) && last.equals(indent + ")") && !member.isEmpty()
                && member.length() < middle.length()) {
            return first + member + ")";
        }
        return null;
    }

    /** {@code @Name(} and nothing else, the name a qualified one or not. */
    private static boolean isAnnotationOpening(String text) {
        if (text.length() < 3 || text.charAt(0) != '@' || !text.endsWith("(")) {
            return false;
        }
        for (int at = 1; at < text.length() - 1; at++) {
            char c = text.charAt(at);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** A field declared on one indented line: modifiers first, no braces, a semicolon last. */
    private static boolean isField(String line) {
        String text = line.stripLeading();
        if (text.length() == line.length() || !text.endsWith(";") || text.indexOf('{') >= 0 || text.indexOf('}') >= 0) {
            return false;
        }
        int space = text.indexOf(' ');
        return space > 0 && FIELD_MODIFIERS.contains(text.substring(0, space));
    }
}
