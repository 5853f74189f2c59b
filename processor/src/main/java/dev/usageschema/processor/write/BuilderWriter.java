package dev.usageschema.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The nested {@code Builder}: a setter per property (for an optional one, also one that takes the
 * optional: empty makes it absent, {@code null} an explicit null), {@code from}, and how its
 * model is made and checked, from which the runtime's {@code ModelBuilder} gives {@code build()},
 * {@code tryBuild()} and {@code violations()}. Setters never throw; every problem waits for the
 * checks, so that one {@code build()} reports all of them.
 */
final class BuilderWriter {

    private static final String SELF = "this";
    /** Where the text of a builder method's doc comment starts: two levels of indent and {@code " * "}. */
    private static final int DOC_INDENT = 11;

    TypeSpec.Builder write(Schema schema) {
        ClassName builderType = builderType(schema);
        TypeSpec.Builder builder = TypeSpec.classBuilder(builderType)
                .addJavadoc("Builds {@link $T} values; {@link #build()} checks every invariant of {@link $T}.\n",
                        schema.generatedType(), schema.schemaType())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.MODEL_BUILDER, schema.generatedType()))
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addStatement("super($S)", schema.displayName())
                        .build());
        for (Property property : schema.properties()) {
            builder.addField(Storage.fieldType(property), property.name(), Modifier.PRIVATE);
        }
        ModelWriter.addPresenceWords(schema, builder, Modifier.PRIVATE);
        if (ModelWriter.hasNested(schema)) {
            builder.addField(FieldSpec.builder(RuntimeTypes.VIOLATION_LIST, Names.REJECTED, Modifier.PRIVATE)
                    .addJavadoc("The violations of the nested values the last model made from this rejected, or {@code null}.\n")
                    .build());
        }
        for (Property property : schema.properties()) {
            addSetters(schema, property, builderType, builder);
        }
        builder.addMethod(from(schema, builderType));
        builder.addMethod(MethodSpec.methodBuilder("$model")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(schema.generatedType())
                .addStatement("return new $T(this)", schema.generatedType())
                .build());
        if (ModelWriter.hasNested(schema)) {
            builder.addMethod(MethodSpec.methodBuilder(Names.REJECTED)
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PROTECTED)
                    .returns(RuntimeTypes.VIOLATION_LIST)
                    .addStatement("return this.$N", Names.REJECTED)
                    .build());
        }
        return builder;
    }

    static ClassName builderType(Schema schema) {
        return schema.generatedType().nestedClass("Builder");
    }

    private static void addSetters(Schema schema, Property property, ClassName builderType, TypeSpec.Builder builder) {
        String name = property.name();
        if (Storage.isAdditional(property)) {
            TypeName anyValues = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                    WildcardTypeName.subtypeOf(Object.class));
            builder.addMethod(setter(property, builderType)
                    .addParameter(anyValues, name)
                    .addStatement("this.$N = $N == null ? null : new $T<>($N)", name, name, LinkedHashMap.class, name)
                    .beginControlFlow("if ($N == null)", name)
                    .addStatement(Presence.setNull(schema, property, SELF, true))
                    .nextControlFlow("else")
                    .addStatement(Presence.setNull(schema, property, SELF, false))
                    .endControlFlow()
                    .addStatement("return this")
                    .build());
            builder.addMethod(MethodSpec.methodBuilder("put" + Schemas.capitalized(name))
                    .addJavadoc("Adds one wire field that the schema does not declare.\n"
                            + "@param name the field's wire name\n@param value its value: a map, list, string,"
                            + " number, boolean or null\n@return this builder\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builderType)
                    .addParameter(String.class, "name")
                    .addParameter(Object.class, "value")
                    .beginControlFlow("if (this.$N == null)", name)
                    .addStatement("this.$N = new $T<>()", name, LinkedHashMap.class)
                    .endControlFlow()
                    .addStatement("this.$N.put(name, value)", name)
                    .addStatement(Presence.setNull(schema, property, SELF, false))
                    .addStatement("return this")
                    .build());
            return;
        }
        switch (property.container()) {
            case PRIMITIVE, BOXED, REFERENCE -> builder.addMethod(setter(property, builderType)
                    .addParameter(property.valueType(), name)
                    .addStatement("this.$N = $N", name, name)
                    .addStatement(Presence.setGiven(schema, property, SELF, true))
                    .addStatement("return this")
                    .build());
            case OPTIONAL_PRIMITIVE -> {
                builder.addMethod(addAll(setter(property, builderType)
                        .addParameter(property.valueType(), name)
                        .addStatement("this.$N = $N", name, name), Presence.setState(schema, property, SELF, true))
                        .addStatement("return this")
                        .build());
                String empty = Storage.emptyValue(property);
                builder.addMethod(addAll(setter(property, builderType,
                                "Empty makes it absent, {@code null} an explicit null.")
                        .addParameter(Storage.accessorType(property), name)
                        .addStatement("this.$N = $N == null ? $L : $N.orElse($L)", name, name, empty, name, empty),
                        Presence.setOptionalState(schema, property, SELF, name))
                        .addStatement("return this")
                        .build());
            }
            case OPTIONAL -> {
                builder.addMethod(setter(property, builderType, "{@code null} is an explicit null.")
                        .addParameter(property.valueType(), name)
                        .addStatement("this.$N = $N", name, name)
                        .addStatement(Presence.setGiven(schema, property, SELF, true))
                        .addStatement("return this")
                        .build());
                TypeName anyOptional = ParameterizedTypeName.get(ClassName.get(Optional.class),
                        WildcardTypeName.subtypeOf(property.valueType()));
                builder.addMethod(setter(property, builderType,
                                "Empty makes it absent, {@code null} an explicit null.")
                        .addParameter(anyOptional, name)
                        .addStatement("this.$N = $N == null ? null : $N.orElse(null)", name, name, name)
                        .addStatement(Presence.setGivenUnlessEmpty(schema, property, SELF, name))
                        .addStatement("return this")
                        .build());
            }
        }
    }

    private static MethodSpec.Builder setter(Property property, ClassName builderType) {
        return setter(property, builderType, "");
    }

    /** A setter, {@code note} on what null and empty mean, its parameter documented with the accessor's comment. */
    private static MethodSpec.Builder setter(Property property, ClassName builderType, String note) {
        String doc = Docs.asParameter(property.javadoc());
        String summary = "{@return this builder, with {@code " + property.name() + "} given}";
        // The note goes on the summary's line where that line fits, as " * " after a member's indent.
        boolean noteFits = DOC_INDENT + summary.length() + 1 + note.length() <= SourceLayout.WIDTH;
        return MethodSpec.methodBuilder(property.name())
                .addAnnotations(Docs.deprecation(property))
                .addModifiers(Modifier.PUBLIC)
                .returns(builderType)
                .addJavadoc("$L$L\n", summary, note.isEmpty() ? "" : (noteFits ? " " : "\n") + note)
                .addJavadoc("@param $N $L\n", property.name(), doc.isEmpty() ? "the value" : doc);
    }

    private static MethodSpec.Builder addAll(MethodSpec.Builder method, List<CodeBlock> statements) {
        statements.forEach(method::addStatement);
        return method;
    }

    private static MethodSpec from(Schema schema, ClassName builderType) {
        MethodSpec.Builder from = MethodSpec.methodBuilder("from")
                .addJavadoc("{@return this builder, with every property set from {@code value}, each accessor read once}\n"
                        + "@param value any implementation of {@link $T}\n", schema.schemaType())
                .addModifiers(Modifier.PUBLIC)
                .returns(builderType)
                .addParameter(schema.schemaType(), "value")
                .addStatement("$T.requireNonNull(value, $S)", Objects.class, "value");
        for (Property property : schema.properties()) {
            from.addStatement("this.$N(value.$N())", property.name(), property.accessorName());
        }
        return from.addStatement("return this").build();
    }
}
