package dev.usageschema.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * What a builder holds, as a parameter list: per property its value and its flag (set, presence,
 * or nulled). The builder hands these values to static methods of the model instead of itself,
 * so that it never escapes {@code build()} and the JIT can take it apart: building allocates
 * nothing but the model.
 */
final class BuilderState {

    private BuilderState() {
    }

    static List<ParameterSpec> parameters(Schema schema) {
        List<ParameterSpec> parameters = new ArrayList<>();
        for (Property property : schema.properties()) {
            parameters.add(ParameterSpec.builder(Storage.fieldType(property), property.name()).build());
            parameters.add(ParameterSpec.builder(flagType(property), flag(property)).build());
        }
        return parameters;
    }

    /** The builder's fields as arguments, in the order of {@link #parameters}. */
    static CodeBlock fields(Schema schema) {
        return names(schema, "this.");
    }

    /** The parameters passed on as arguments, inside a method that takes {@link #parameters}. */
    static CodeBlock parameterNames(Schema schema) {
        return names(schema, "");
    }

    private static CodeBlock names(Schema schema, String prefix) {
        List<CodeBlock> names = new ArrayList<>();
        for (Property property : schema.properties()) {
            names.add(CodeBlock.of("$L$N", prefix, property.name()));
            names.add(CodeBlock.of("$L$N", prefix, flag(property)));
        }
        return CodeBlock.join(names, ",$W");
    }

    /** The field beside the value: was it set, its presence, or (for the unknown-fields map) set to null. */
    static String flag(Property property) {
        if (Storage.isAdditional(property)) {
            return Storage.nulled(property);
        }
        return Storage.hasPresence(property) ? Storage.presence(property) : Storage.set(property);
    }

    static TypeName flagType(Property property) {
        return Storage.hasPresence(property) ? RuntimeTypes.PRESENCE : TypeName.BOOLEAN;
    }
}
