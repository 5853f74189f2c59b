package dev.usageschema.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import dev.usageschema.processor.model.Property;
import java.util.List;
import java.util.function.UnaryOperator;

/** Doc comments carried from the schema into generated code. */
final class Docs {

    private Docs() {
    }

    /** {@code @Deprecated} for the generated methods of a deprecated accessor, so that their callers are told too. */
    static List<AnnotationSpec> deprecation(Property property) {
        return property.deprecated() ? List.of(AnnotationSpec.builder(Deprecated.class).build()) : List.of();
    }

    /**
     * The comment without block tags ({@code @return} and the like), which would not fit a setter,
     * and with an inline {@code {@return ...}} written out as the sentence it stands for.
     */
    static String withoutTags(String javadoc) {
        return withoutInlineReturn(body(javadoc), returned -> "Returns " + returned + ".");
    }

    /**
     * The comment as what a setter's parameter is: without block tags, and an inline
     * {@code {@return ...}} as what it returns ({@code {@return the prompt count}}: "the prompt count").
     */
    static String asParameter(String javadoc) {
        return withoutInlineReturn(body(javadoc), returned -> returned);
    }

    private static String body(String javadoc) {
        StringBuilder body = new StringBuilder();
        for (String line : javadoc.split("\n", -1)) {
            if (line.strip().startsWith("@")) {
                break;
            }
            body.append(line).append('\n');
        }
        return body.toString().strip();
    }

    private static String withoutInlineReturn(String text, UnaryOperator<String> written) {
        int start = text.indexOf("{@return");
        if (start < 0) {
            return text;
        }
        int depth = 0;
        for (int at = start; at < text.length(); at++) {
            char c = text.charAt(at);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0) {
                String returned = text.substring(start + "{@return".length(), at).strip();
                return text.substring(0, start) + written.apply(returned)
                        + withoutInlineReturn(text.substring(at + 1), written);
            }
        }
        return text;
    }
}
