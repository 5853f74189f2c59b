package dev.usageschema.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import dev.usageschema.processor.model.Property;
import java.util.List;

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
     * and with an inline {@code {@return ...}} written out as the sentence it stands for, since the
     * setter has a {@code @return} of its own.
     */
    static String withoutTags(String javadoc) {
        StringBuilder body = new StringBuilder();
        for (String line : javadoc.split("\n", -1)) {
            if (line.strip().startsWith("@")) {
                break;
            }
            body.append(line).append('\n');
        }
        return withoutInlineReturn(body.toString().strip());
    }

    private static String withoutInlineReturn(String text) {
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
                return text.substring(0, start) + "Returns " + returned + "." + withoutInlineReturn(text.substring(at + 1));
            }
        }
        return text;
    }
}
