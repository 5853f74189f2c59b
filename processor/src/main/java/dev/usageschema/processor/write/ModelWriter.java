package dev.usageschema.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.usageschema.processor.model.Container;
import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Writes the generated file of one schema: the immutable class, its fields and accessors, and the parts the other writers add. */
public final class ModelWriter {

    /** The field and method that hold a model's warnings, {@link dev.usageschema.Checkable#violations()}. */
    static final String VIOLATIONS = "violations";

    /** The processor that {@code @Generated} names. */
    private static final String GENERATOR = "dev.usageschema.processor.UsageSchemaProcessor";

    /** Present: the value; absent: empty; an explicit null (nullable properties only): {@code null}. */
    private static final String OPTIONAL_RETURN = "return $N == $T.PRESENT ? $T.of($N) : $N == $T.ABSENT ? $T.empty() : null";

    private final ConstantsWriter constants = new ConstantsWriter();
    private final BuilderWriter builder = new BuilderWriter();
    private final CopyMethodsWriter copies = new CopyMethodsWriter();
    private final ObjectMethodsWriter objectMethods = new ObjectMethodsWriter();
    private final BeanValidationWriter beanValidation = new BeanValidationWriter();
    private final ChecksWriter checks = new ChecksWriter();

    public JavaFile write(Schema schema) {
        TypeSpec.Builder model = TypeSpec.classBuilder(schema.generatedType())
                .addJavadoc(classDoc(schema))
                .addAnnotation(AnnotationSpec.builder(RuntimeTypes.JDK_GENERATED).addMember("value", "$S", GENERATOR).build())
                .addAnnotation(RuntimeTypes.GENERATED_MARKER)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(schema.schemaType())
                .addSuperinterface(RuntimeTypes.CHECKABLE);
        constants.write(schema, model);
        for (Property property : schema.properties()) {
            addFields(property, model);
        }
        model.addField(FieldSpec.builder(RuntimeTypes.VIOLATION_LIST, VIOLATIONS, Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("The warnings this value was built with; not part of its value.\n")
                .build());
        model.addMethod(constructor(schema));
        for (Property property : schema.properties()) {
            model.addMethod(accessor(property));
        }
        model.addMethod(MethodSpec.methodBuilder(VIOLATIONS)
                .addJavadoc("The warnings this value was built with: a built value has no errors.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.VIOLATION_LIST)
                .addStatement("return this.$N", VIOLATIONS)
                .build());
        beanValidation.write(schema, model);
        checks.write(schema, model);
        copies.write(schema, model);
        objectMethods.write(schema, model);
        model.addType(builder.write(schema));
        return JavaFile.builder(schema.generatedType().packageName(), model.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    private static CodeBlock classDoc(Schema schema) {
        CodeBlock.Builder doc = CodeBlock.builder();
        if (!schema.javadoc().isEmpty()) {
            doc.add("$L\n\n<p>", Docs.withoutTags(schema.javadoc()));
        }
        return doc.add("An immutable, validated {@link $T}, generated from its {@code @UsageSchema}.\n"
                + "Every way to make one (the builder, {@code of}, {@code copyOf}, {@code toBuilder}, the {@code with}\n"
                + "copies) runs every check of the schema.\n", schema.schemaType()).build();
    }

    private static void addFields(Property property, TypeSpec.Builder model) {
        model.addField(Storage.fieldType(property), property.name(), Modifier.PRIVATE, Modifier.FINAL);
        if (Storage.hasPresence(property)) {
            model.addField(RuntimeTypes.PRESENCE, Storage.presence(property), Modifier.PRIVATE, Modifier.FINAL);
        }
        if (property.isDerived()) {
            model.addField(FieldSpec.builder(TypeName.BOOLEAN, Storage.derived(property), Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc("Filled in from its parts rather than given; {@code toBuilder()} derives it again.\n")
                    .build());
        }
    }

    private static MethodSpec constructor(Schema schema) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addJavadoc("A value from a builder's state that the checks have passed.\n")
                .addModifiers(Modifier.PRIVATE)
                .addParameters(BuilderState.parameters(schema))
                .addParameter(RuntimeTypes.VIOLATION_LIST, VIOLATIONS)
                .addStatement("this.$N = $N", VIOLATIONS, VIOLATIONS);
        CountLocals.declare(schema, CountLocals.derivedProperties(schema), constructor);
        for (Property property : schema.properties()) {
            initialize(property, constructor);
        }
        return constructor.build();
    }

    private static void initialize(Property property, MethodSpec.Builder constructor) {
        String name = property.name();
        if (property.kind() == Kind.ADDITIONAL) {
            constructor.addStatement("this.$N = $N == null || $N.isEmpty() ? $T.of()"
                    + " : $T.unmodifiableMap(new $T<>($N))", name, name, name, Map.class,
                    Collections.class, LinkedHashMap.class, name);
            return;
        }
        CodeBlock given = asGenerated(property, CodeBlock.of("$N", name));
        if (property.isDerived()) {
            constructor.addStatement("this.$N = $L && $N >= 0", Storage.derived(property), Storage.notGiven(property),
                    CountLocals.countOf(property));
            CodeBlock derivedValue = Storage.fromCount(property, CodeBlock.of("$N", CountLocals.countOf(property)));
            if (property.isOptional()) {
                constructor.addStatement("this.$N = this.$N ? $T.PRESENT : $N", Storage.presence(property),
                        Storage.derived(property), RuntimeTypes.PRESENCE, Storage.presence(property));
                constructor.addStatement("this.$N = this.$N ? $L : $N == $T.PRESENT ? $N : 0", name,
                        Storage.derived(property), derivedValue, Storage.presence(property), RuntimeTypes.PRESENCE, name);
            } else {
                constructor.addStatement("this.$N = this.$N ? $L : $N", name, Storage.derived(property), derivedValue, name);
            }
            return;
        }
        if (property.isOptional()) {
            constructor.addStatement("this.$N = $N", Storage.presence(property), Storage.presence(property));
            // A value set and then cleared stays in the builder; the model keeps only what is present.
            constructor.addStatement("this.$N = $N == $T.PRESENT ? $L : $L", name, Storage.presence(property),
                    RuntimeTypes.PRESENCE, given, property.container() == Container.OPTIONAL ? "null" : "0");
        } else {
            constructor.addStatement("this.$N = $L", name, given);
        }
    }

    /**
     * A nested value as the nested schema's own generated class, so the whole tree is immutable.
     * Optional values reach this only when present, so only plain references need a null check.
     */
    private static CodeBlock asGenerated(Property property, CodeBlock value) {
        if (property.kind() != Kind.NESTED) {
            return value;
        }
        CodeBlock copy = CodeBlock.of("$T.copyOf($L)", property.nested().orElseThrow().generatedType(), value);
        return property.isOptional() ? copy : CodeBlock.of("$L == null ? null : $L", value, copy);
    }

    private static MethodSpec accessor(Property property) {
        MethodSpec.Builder accessor = MethodSpec.methodBuilder(property.accessorName())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(Storage.accessorType(property));
        if (!property.javadoc().isEmpty()) {
            accessor.addJavadoc("$L\n", property.javadoc());
        }
        String name = property.name();
        String presence = Storage.presence(property);
        switch (property.container()) {
            case OPTIONAL_PRIMITIVE, OPTIONAL -> {
                // OptionalLong and the like are plain classes; Optional<T> is written raw, T inferred.
                TypeName optional = property.container() == Container.OPTIONAL
                        ? ClassName.get(Optional.class)
                        : Storage.accessorType(property);
                accessor.addStatement(OPTIONAL_RETURN, presence, RuntimeTypes.PRESENCE, optional, name,
                        presence, RuntimeTypes.PRESENCE, optional);
            }
            default -> accessor.addStatement("return $N", name);
        }
        return accessor.build();
    }
}
