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

    /** The comment without block tags ({@code @return} and the like), which would not fit a setter. */
    static String withoutTags(String javadoc) {
        StringBuilder body = new StringBuilder();
        for (String line : javadoc.split("\n", -1)) {
            if (line.strip().startsWith("@")) {
                break;
            }
            body.append(line).append('\n');
        }
        return body.toString().strip();
    }
}
