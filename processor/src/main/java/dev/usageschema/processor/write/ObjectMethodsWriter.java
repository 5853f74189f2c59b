package dev.usageschema.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.usageschema.processor.model.NumberType;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import javax.lang.model.element.Modifier;

/**
 * {@code equals}, {@code hashCode} and {@code toString} over what the model holds. Presence is
 * part of the value: an absent count, an explicit null and a zero are three different values.
 * Whether a total was derived is not: a derived 12 equals a given 12.
 */
final class ObjectMethodsWriter {

    void write(Schema schema, TypeSpec.Builder model) {
        model.addMethod(equalsMethod(schema));
        model.addMethod(hashCodeMethod(schema));
        model.addMethod(toStringMethod(schema));
    }

    private static MethodSpec equalsMethod(Schema schema) {
        List<CodeBlock> comparisons = new ArrayList<>();
        for (Property property : schema.properties()) {
            comparisons.add(valueEquals(property));
            if (Storage.hasPresence(property)) {
                comparisons.add(CodeBlock.of("this.$N == that.$N", Storage.presence(property), Storage.presence(property)));
            }
        }
        MethodSpec.Builder equals = MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(Object.class, "other")
                .beginControlFlow("if (this == other)")
                .addStatement("return true")
                .endControlFlow()
                .beginControlFlow("if (!(other instanceof $T))", schema.generatedType())
                .addStatement("return false")
                .endControlFlow();
        if (comparisons.isEmpty()) {
            return equals.addStatement("return true").build();
        }
        return equals.addStatement("$T that = ($T) other", schema.generatedType(), schema.generatedType())
                .addStatement("return $L", CodeBlock.join(comparisons, "\n    && "))
                .build();
    }

    private static CodeBlock valueEquals(Property property) {
        String name = property.name();
        if (!isPrimitive(property)) {
            return CodeBlock.of("$T.equals(this.$N, that.$N)", Objects.class, name, name);
        }
        if (property.numberType() == NumberType.DOUBLE) {
            return CodeBlock.of("$T.compare(this.$N, that.$N) == 0", Double.class, name, name);
        }
        return CodeBlock.of("this.$N == that.$N", name, name);
    }

    private static MethodSpec hashCodeMethod(Schema schema) {
        MethodSpec.Builder hashCode = MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addStatement("int h = 17");
        for (Property property : schema.properties()) {
            hashCode.addStatement("h = 31 * h + $L", valueHash(property));
            if (Storage.hasPresence(property)) {
                // ordinal(), not hashCode(): an enum's hashCode changes from run to run.
                hashCode.addStatement("h = 31 * h + this.$N.ordinal()", Storage.presence(property));
            }
        }
        return hashCode.addStatement("return h").build();
    }

    private static CodeBlock valueHash(Property property) {
        String name = property.name();
        if (!isPrimitive(property)) {
            return CodeBlock.of("$T.hashCode(this.$N)", Objects.class, name);
        }
        if (property.numberType() == null) {
            return CodeBlock.of("$T.hashCode(this.$N)", Boolean.class, name);
        }
        return switch (property.numberType()) {
            case INT -> CodeBlock.of("this.$N", name);
            case LONG -> CodeBlock.of("$T.hashCode(this.$N)", Long.class, name);
            case DOUBLE -> CodeBlock.of("$T.hashCode(this.$N)", Double.class, name);
        };
    }

    private static MethodSpec toStringMethod(Schema schema) {
        MethodSpec.Builder toString = MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("$T text = new $T($S, $S, $S)", StringJoiner.class, StringJoiner.class, ", ",
                        schema.displayName() + "{", "}");
        for (Property property : schema.properties()) {
            String name = property.name();
            if (Storage.hasPresence(property)) {
                toString.beginControlFlow("if (this.$N == $T.PRESENT)", Storage.presence(property), RuntimeTypes.PRESENCE)
                        .addStatement("text.add($S + this.$N)", name + "=", name)
                        .nextControlFlow("else if (this.$N == $T.NULL)", Storage.presence(property), RuntimeTypes.PRESENCE)
                        .addStatement("text.add($S)", name + "=null")
                        .endControlFlow();
            } else {
                toString.addStatement("text.add($S + this.$N)", name + "=", name);
            }
        }
        return toString.addStatement("return text.toString()").build();
    }

    /** Held in a primitive field: primitives, and the unwrapped value of an OptionalInt/Long/Double. */
    private static boolean isPrimitive(Property property) {
        return property.valueType().isPrimitive();
    }
}
