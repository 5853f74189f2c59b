package dev.usageschema.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.usageschema.processor.model.Container;
import dev.usageschema.processor.model.Kind;
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
 * How a total came to be is not: a derived 12 equals a given 12, and behaves the same in copies.
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
        }
        for (String word : words(schema)) {
            comparisons.add(CodeBlock.of("this.$N == $$that.$N", word, word));
        }
        MethodSpec.Builder equals = MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(Object.class, "$other");
        if (comparisons.isEmpty()) {
            return equals.addStatement("return $$other instanceof $T", schema.generatedType()).build();
        }
        return equals.addStatement("return this == $$other || $$other instanceof $T $$that\n    && $L", schema.generatedType(),
                        CodeBlock.join(comparisons, "\n    && "))
                .build();
    }

    private static CodeBlock valueEquals(Property property) {
        String name = property.name();
        if (!isPrimitive(property)) {
            return CodeBlock.of("$T.equals(this.$N, $$that.$N)", Objects.class, name, name);
        }
        if (property.numberType() == NumberType.DOUBLE) {
            return CodeBlock.of("$T.compare(this.$N, $$that.$N) == 0", Double.class, name, name);
        }
        return CodeBlock.of("this.$N == $$that.$N", name, name);
    }

    /** {@code int $h = first; $h = 31 * $h + next; ... return 31 * $h + last;}, over the properties and the presence words. */
    private static MethodSpec hashCodeMethod(Schema schema) {
        MethodSpec.Builder hashCode = MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT);
        List<CodeBlock> terms = new ArrayList<>();
        for (Property property : schema.properties()) {
            terms.add(valueHash(property));
        }
        for (String word : words(schema)) {
            terms.add(CodeBlock.of("this.$N", word));
        }
        if (terms.size() <= 1) {
            return hashCode.addStatement("return $L", terms.isEmpty() ? CodeBlock.of("0") : terms.get(0)).build();
        }
        hashCode.addStatement("int $$h = $L", terms.get(0));
        for (CodeBlock term : terms.subList(1, terms.size() - 1)) {
            hashCode.addStatement("$$h = 31 * $$h + $L", term);
        }
        return hashCode.addStatement("return 31 * $$h + $L", terms.get(terms.size() - 1)).build();
    }

    private static List<String> words(Schema schema) {
        List<String> words = new ArrayList<>();
        for (int word = 0; word < Presence.words(schema); word++) {
            words.add(Names.presenceWord(word));
        }
        return words;
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

    /** Absent properties are left out; strings are quoted and escaped, so that no value can pass for a field. */
    private static MethodSpec toStringMethod(Schema schema) {
        MethodSpec.Builder toString = MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("$T $$text = new $T($S, $S, $S)", StringJoiner.class, StringJoiner.class, ", ",
                        schema.displayName() + "{", "}");
        for (Property property : schema.properties()) {
            String name = property.name();
            CodeBlock shown = shows(property)
                    ? CodeBlock.of("$T.show(this.$N)", RuntimeTypes.TEXTS, name)
                    : CodeBlock.of("this.$N", name);
            if (property.isOptional()) {
                toString.addStatement("$T.addGiven($$text, $L, $S, $L)", RuntimeTypes.TEXTS,
                        Presence.given(schema, property, "this"), name, property.container() == Container.OPTIONAL_PRIMITIVE
                                ? CodeBlock.of("$L ? $S : $L", Presence.givenNull(schema, property, "this"), "null", shown)
                                : shown);
            } else {
                toString.addStatement("$$text.add($S + $L)", name + "=", shown);
            }
        }
        return toString.addStatement("return $$text.toString()").build();
    }

    /** Strings, collections and other values that {@code Texts.show} quotes; numbers and nested models show themselves. */
    private static boolean shows(Property property) {
        return property.kind() == Kind.VALUE && !isPrimitive(property) || property.kind() == Kind.ADDITIONAL;
    }

    /** Held in a primitive field: primitives, and the unwrapped value of an OptionalInt/Long/Double. */
    private static boolean isPrimitive(Property property) {
        return property.valueType().isPrimitive();
    }
}
