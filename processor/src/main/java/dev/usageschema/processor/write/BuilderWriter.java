package dev.usageschema.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The nested {@code Builder}: a setter per property, a clearer for optional ones, {@code from},
 * and {@code build()}/{@code tryBuild()}. Setters never throw; every problem waits for the checks,
 * so that one {@code build()} reports all of them.
 */
final class BuilderWriter {

    TypeSpec write(Schema schema) {
        ClassName builderType = builderType(schema);
        TypeSpec.Builder builder = TypeSpec.classBuilder(builderType)
                .addJavadoc("Builds {@link $T} values; {@link #build()} checks every invariant of {@link $T}.\n",
                        schema.generatedType(), schema.schemaType())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(RuntimeTypes.CHECKABLE)
                .addAnnotation(RuntimeTypes.VALID_USAGE)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (Property property : schema.properties()) {
            addFields(property, builder);
        }
        for (Property property : schema.properties()) {
            addSetters(property, builderType, builder);
        }
        builder.addMethod(from(schema, builderType));
        builder.addMethod(build(schema));
        builder.addMethod(tryBuild(schema));
        builder.addMethod(violations(schema));
        return builder.build();
    }

    static ClassName builderType(Schema schema) {
        return schema.generatedType().nestedClass("Builder");
    }

    private static void addFields(Property property, TypeSpec.Builder builder) {
        if (Storage.isAdditional(property)) {
            builder.addField(FieldSpec.builder(Storage.fieldType(property), property.name(), Modifier.PRIVATE).build());
            builder.addField(TypeName.BOOLEAN, Storage.nulled(property), Modifier.PRIVATE);
            return;
        }
        builder.addField(Storage.fieldType(property), property.name(), Modifier.PRIVATE);
        if (Storage.hasPresence(property)) {
            builder.addField(FieldSpec.builder(RuntimeTypes.PRESENCE, Storage.presence(property), Modifier.PRIVATE)
                    .initializer("$T.ABSENT", RuntimeTypes.PRESENCE)
                    .build());
        } else {
            builder.addField(TypeName.BOOLEAN, Storage.set(property), Modifier.PRIVATE);
        }
    }

    private static void addSetters(Property property, ClassName builderType, TypeSpec.Builder builder) {
        String name = property.name();
        if (Storage.isAdditional(property)) {
            TypeName anyValues = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                    WildcardTypeName.subtypeOf(Object.class));
            builder.addMethod(setter(property, builderType)
                    .addParameter(anyValues, name)
                    .addStatement("this.$N = $N == null ? null : new $T<>($N)", name, name, LinkedHashMap.class, name)
                    .addStatement("this.$N = $N == null", Storage.nulled(property), name)
                    .addStatement("return this")
                    .build());
            builder.addMethod(MethodSpec.methodBuilder("put" + Schemas.capitalized(name))
                    .addJavadoc("Adds one wire field that the schema does not declare.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builderType)
                    .addParameter(String.class, "name")
                    .addParameter(Object.class, "value")
                    .beginControlFlow("if (this.$N == null)", name)
                    .addStatement("this.$N = new $T<>()", name, LinkedHashMap.class)
                    .endControlFlow()
                    .addStatement("this.$N.put(name, value)", name)
                    .addStatement("this.$N = false", Storage.nulled(property))
                    .addStatement("return this")
                    .build());
            return;
        }
        switch (property.container()) {
            case PRIMITIVE, BOXED, REFERENCE -> builder.addMethod(setter(property, builderType)
                    .addParameter(property.valueType(), name)
                    .addStatement("this.$N = $N", name, name)
                    .addStatement("this.$N = true", Storage.set(property))
                    .addStatement("return this")
                    .build());
            case OPTIONAL_PRIMITIVE -> {
                builder.addMethod(setter(property, builderType)
                        .addParameter(property.valueType(), name)
                        .addStatement("this.$N = $N", name, name)
                        .addStatement("this.$N = $T.PRESENT", Storage.presence(property), RuntimeTypes.PRESENCE)
                        .addStatement("return this")
                        .build());
                String getter = switch (property.numberType()) {
                    case INT -> "getAsInt";
                    case LONG -> "getAsLong";
                    case DOUBLE -> "getAsDouble";
                };
                builder.addMethod(setter(property, builderType)
                        .addJavadoc("<p>{@code null} sets an explicit null, an empty optional makes it absent.\n")
                        .addParameter(Storage.accessorType(property), name)
                        .beginControlFlow("if ($N == null)", name)
                        .addStatement("this.$N = $T.NULL", Storage.presence(property), RuntimeTypes.PRESENCE)
                        .nextControlFlow("else if ($N.isPresent())", name)
                        .addStatement("return $N($N.$N())", name, name, getter)
                        .nextControlFlow("else")
                        .addStatement("this.$N = $T.ABSENT", Storage.presence(property), RuntimeTypes.PRESENCE)
                        .endControlFlow()
                        .addStatement("return this")
                        .build());
                builder.addMethod(clearer(property, builderType));
            }
            case OPTIONAL -> {
                builder.addMethod(setter(property, builderType)
                        .addJavadoc("<p>{@code null} sets an explicit null.\n")
                        .addParameter(property.valueType(), name)
                        .addStatement("this.$N = $N", name, name)
                        .addStatement("this.$N = $N == null ? $T.NULL : $T.PRESENT", Storage.presence(property), name,
                                RuntimeTypes.PRESENCE, RuntimeTypes.PRESENCE)
                        .addStatement("return this")
                        .build());
                TypeName anyOptional = ParameterizedTypeName.get(ClassName.get(Optional.class),
                        WildcardTypeName.subtypeOf(property.valueType()));
                builder.addMethod(setter(property, builderType)
                        .addJavadoc("<p>{@code null} sets an explicit null, an empty optional makes it absent.\n")
                        .addParameter(anyOptional, name)
                        .beginControlFlow("if ($N == null)", name)
                        .addStatement("this.$N = null", name)
                        .addStatement("this.$N = $T.NULL", Storage.presence(property), RuntimeTypes.PRESENCE)
                        .nextControlFlow("else")
                        .addStatement("this.$N = $N.orElse(null)", name, name)
                        .addStatement("this.$N = $N.isPresent() ? $T.PRESENT : $T.ABSENT", Storage.presence(property),
                                name, RuntimeTypes.PRESENCE, RuntimeTypes.PRESENCE)
                        .endControlFlow()
                        .addStatement("return this")
                        .build());
                builder.addMethod(clearer(property, builderType));
            }
        }
    }

    private static MethodSpec.Builder setter(Property property, ClassName builderType) {
        MethodSpec.Builder setter = MethodSpec.methodBuilder(property.name())
                .addModifiers(Modifier.PUBLIC)
                .returns(builderType);
        String doc = Docs.withoutTags(property.javadoc());
        return setter.addJavadoc("$L\n", doc.isEmpty() ? "Sets {@code " + property.name() + "}." : doc);
    }

    private static MethodSpec clearer(Property property, ClassName builderType) {
        return MethodSpec.methodBuilder("clear" + Schemas.capitalized(property.name()))
                .addJavadoc("Makes {@code $N} absent.\n", property.name())
                .addModifiers(Modifier.PUBLIC)
                .returns(builderType)
                .addStatement("this.$N = $T.ABSENT", Storage.presence(property), RuntimeTypes.PRESENCE)
                .addStatement("return this")
                .build();
    }

    private static MethodSpec from(Schema schema, ClassName builderType) {
        MethodSpec.Builder from = MethodSpec.methodBuilder("from")
                .addJavadoc("Sets every property from {@code value}, any implementation of {@link $T}.\n",
                        schema.schemaType())
                .addModifiers(Modifier.PUBLIC)
                .returns(builderType)
                .addParameter(schema.schemaType(), "value")
                .addStatement("$T.requireNonNull(value, $S)", Objects.class, "value");
        for (Property property : schema.properties()) {
            from.addStatement("$N(value.$N())", property.name(), property.accessorName());
        }
        return from.addStatement("return this").build();
    }

    // build(), tryBuild() and violations() hand the builder's state to the model's static methods
    // rather than the builder itself: small enough to be inlined, they let the JIT take the
    // builder apart, so that building allocates only the model.

    private static MethodSpec build(Schema schema) {
        return MethodSpec.methodBuilder("build")
                .addJavadoc("The value, after every check of the schema.\n\n"
                        + "@throws $T listing every error; warnings are logged, not thrown\n",
                        ClassName.get("dev.usageschema", "UsageViolationException"))
                .addModifiers(Modifier.PUBLIC)
                .returns(schema.generatedType())
                .addStatement("return $T.$N($L)", schema.generatedType(), ChecksWriter.CREATE, BuilderState.fields(schema))
                .build();
    }

    private static MethodSpec tryBuild(Schema schema) {
        return MethodSpec.methodBuilder("tryBuild")
                .addJavadoc("The value and its warnings, or every violation when any is an error. Never throws.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(RuntimeTypes.VALIDATED, schema.generatedType()))
                .addStatement("return $T.$N($L)", schema.generatedType(), ChecksWriter.TRY_CREATE,
                        BuilderState.fields(schema))
                .build();
    }

    private static MethodSpec violations(Schema schema) {
        return MethodSpec.methodBuilder("violations")
                .addJavadoc("Every violation the value would have, errors and warnings, in property order;\n"
                        + "empty when it is valid. Never throws.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.VIOLATION_LIST)
                .addStatement("return $T.$N($L)", schema.generatedType(), ChecksWriter.VIOLATIONS_OF,
                        BuilderState.fields(schema))
                .build();
    }
}
