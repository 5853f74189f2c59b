package dev.usageschema.processor.write;

import com.palantir.javapoet.JavaFile;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a generated file, laid out as a person would write it where JavaPoet spreads a
 * small thing over several lines: a doc comment of one line stays on one line, an annotation with
 * one member is written inline, whenever the result fits {@link #WIDTH} columns, and the fields
 * of a class stand together, with no blank line between them.
 */
public final class SourceLayout {

    /** The widest line this layout makes; it leaves longer lines as JavaPoet wrote them. */
    static final int WIDTH = 120;

    private static final Pattern ONE_LINE_DOC = Pattern.compile("(?m)^([ \\t]*)/\\*\\*\\n\\1 \\* ([^\\n]+)\\n\\1 \\*/$");
    private static final Pattern ONE_MEMBER_ANNOTATION = Pattern.compile(
            "(?m)^([ \\t]*)(@[\\w.]+)\\(\\n[ \\t]+([^\\n]+)\\n\\1\\)$");

    /** A field declared on one line, and the blank line after it when another such field follows. */
    private static final String FIELD = "([ \\t]+)(?:(?:private|public|protected|static|final) )+[^\\n{}]*;";
    private static final Pattern FIELD_THEN_FIELD = Pattern.compile("(?m)^(" + FIELD + ")\\n\\n(?=" + FIELD + "$)");

    private SourceLayout() {
    }

    /** {@return the source of {@code file}, laid out} */
    public static String of(JavaFile file) {
        return laidOut(file.toString());
    }

    static String laidOut(String source) {
        String docs = joined(ONE_LINE_DOC, source, match -> match.group(1) + "/** " + match.group(2) + " */");
        String annotations = joined(ONE_MEMBER_ANNOTATION, docs,
                match -> match.group(1) + match.group(2) + "(" + match.group(3) + ")");
        return FIELD_THEN_FIELD.matcher(annotations).replaceAll("$1\n");
    }

    private static String joined(Pattern pattern, String source, Function<MatchResult, String> joining) {
        return pattern.matcher(source).replaceAll(match -> {
            String joined = joining.apply(match);
            return Matcher.quoteReplacement(joined.length() <= WIDTH ? joined : match.group());
        });
    }
}
