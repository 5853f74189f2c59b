package dev.usageschema.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Every way to make a value other than the builder itself ({@code of}, {@code copyOf},
 * {@code toBuilder}, {@code with} copies) and the static {@code check}. All of them go through
 * the builder's checks.
 */
final class CopyMethodsWriter {

    void write(Schema schema, TypeSpec.Builder model) {
        ClassName builderType = BuilderWriter.builderType(schema);
        model.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("A builder with nothing set.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builderType)
                .addStatement("return new $T()", builderType)
                .build());
        model.addMethod(of(schema, builderType));
        model.addMethod(MethodSpec.methodBuilder("copyOf")
                .addJavadoc("{@code value} itself when it is already a {@link $T}, else a checked copy.\n\n"
                        + "@throws dev.usageschema.UsageViolationException listing every error of {@code value}\n",
                        schema.generatedType())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(schema.generatedType())
                .addParameter(schema.schemaType(), "value")
                .beginControlFlow("if (value instanceof $T)", schema.generatedType())
                .addStatement("return ($T) value", schema.generatedType())
                .endControlFlow()
                .addStatement("return builder().from(value).build()")
                .build());
        model.addMethod(MethodSpec.methodBuilder("check")
                .addJavadoc("Every violation of {@code value}, any implementation of {@link $T}, errors and warnings.\n"
                        + "Never throws.\n", schema.schemaType())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(RuntimeTypes.VIOLATION_LIST)
                .addParameter(schema.schemaType(), "value")
                .addStatement("return builder().from(value).violations()")
                .build());
        model.addMethod(toBuilder(schema, builderType));
        for (Property property : schema.properties()) {
            model.addMethod(with(schema, property));
        }
    }

    private static MethodSpec of(Schema schema, ClassName builderType) {
        MethodSpec.Builder of = MethodSpec.methodBuilder("of")
                .addJavadoc("A value with every property given, in declaration order.\n\n"
                        + "@throws dev.usageschema.UsageViolationException listing every error\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(schema.generatedType());
        CodeBlock.Builder chain = CodeBlock.builder().add("return builder()");
        for (Property property : schema.properties()) {
            of.addParameter(Storage.accessorType(property), property.name());
            chain.add("\n        .$N($N)", property.name(), property.name());
        }
        return of.addStatement(chain.add("\n        .build()").build()).build();
    }

    /** A builder holding this value; derived properties are left to be derived again. */
    private static MethodSpec toBuilder(Schema schema, ClassName builderType) {
        MethodSpec.Builder toBuilder = MethodSpec.methodBuilder("toBuilder")
                .addJavadoc("A builder holding this value. Properties that were derived are derived again on\n"
                        + "{@code build()}, so a changed part gives a fresh total.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builderType)
                .addStatement("$T builder = new $T()", builderType, builderType);
        for (Property property : schema.properties()) {
            String name = property.name();
            if (property.kind() == Kind.ADDITIONAL) {
                toBuilder.addStatement("builder.$N = this.$N.isEmpty() ? null : new $T<>(this.$N)", name, name, LinkedHashMap.class, name);
                continue;
            }
            toBuilder.addStatement("builder.$N = this.$N", name, name);
            boolean derived = property.isDerived();
            if (property.isOptional() && derived) {
                toBuilder.addStatement("builder.$N = this.$N ? $T.ABSENT : this.$N", Storage.presence(property),
                        Storage.derived(property), RuntimeTypes.PRESENCE, Storage.presence(property));
            } else if (property.isOptional()) {
                toBuilder.addStatement("builder.$N = this.$N", Storage.presence(property), Storage.presence(property));
            } else if (derived) {
                toBuilder.addStatement("builder.$N = !this.$N", Storage.set(property), Storage.derived(property));
            } else {
                toBuilder.addStatement("builder.$N = true", Storage.set(property));
            }
        }
        return toBuilder.addStatement("return builder").build();
    }

    private static MethodSpec with(Schema schema, Property property) {
        TypeName parameter = property.kind() == Kind.ADDITIONAL
                ? ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                        WildcardTypeName.subtypeOf(Object.class))
                : property.valueType();
        return MethodSpec.methodBuilder("with" + Schemas.capitalized(property.name()))
                .addJavadoc("A checked copy with {@code $N} replaced.\n\n"
                        + "@throws dev.usageschema.UsageViolationException listing every error of the copy\n", property.name())
                .addModifiers(Modifier.PUBLIC)
                .returns(schema.generatedType())
                .addParameter(parameter, "value")
                .addStatement("return toBuilder().$N(value).build()", property.name())
                .build();
    }
}
