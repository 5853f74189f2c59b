package dev.usageschema.processor.read;

import com.palantir.javapoet.ClassName;
import dev.usageschema.UsageSchema;

/** The class written for a schema: {@code ImmutableChatUsage}, or the name the schema asks for. */
final class GeneratedNames {

    private GeneratedNames() {
    }

    static ClassName of(ClassName schemaType, UsageSchema annotation) {
        if (!annotation.typeName().isEmpty()) {
            return ClassName.get(schemaType.packageName(), annotation.typeName());
        }
        return ClassName.get(schemaType.packageName(), "Immutable" + String.join("_", schemaType.simpleNames()));
    }
}
