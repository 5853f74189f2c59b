package dev.usageschema.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.NestedSchema;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes the generated file of one schema: the immutable class, its fields, the constructor that
 * takes a builder's state, the accessors, and the parts the other writers add.
 *
 * <p>A value comes to exist in one way only: the constructor reads the builder once, converts
 * what it must (a nested value of another implementation becomes the nested schema's model,
 * collections become unmodifiable copies), and then {@code $check()} runs every rule on exactly
 * what the new object holds. A value with an error never leaves the generated class.
 */
public final class ModelWriter {

    /** The processor that {@code @Generated} names. */
    private static final String GENERATOR = "dev.usageschema.processor.UsageSchemaProcessor";

    private final ConstantsWriter constants = new ConstantsWriter();
    private final BuilderWriter builder = new BuilderWriter();
    private final CopyMethodsWriter copies = new CopyMethodsWriter();
    private final ObjectMethodsWriter objectMethods = new ObjectMethodsWriter();
    private final BeanValidationWriter beanValidation = new BeanValidationWriter();
    private final ChecksWriter checks = new ChecksWriter();
    private final SerializationWriter serialization = new SerializationWriter();
    private final CountedWriter counted = new CountedWriter();
    private final JsonSchemaWriter json = new JsonSchemaWriter();
    private final DatabindWriter databind = new DatabindWriter();
    private final AdditionWriter addition = new AdditionWriter();
    private final CanonicalWriter canonical = new CanonicalWriter();
    private final boolean jsonForms;

    /** @param jsonForms whether models carry their JSON form ({@code jsonSchema()}) */
    public ModelWriter(boolean jsonForms) {
        this.jsonForms = jsonForms;
    }

    /**
     * @param schema   the schema
     * @param element  the schema's interface, whose member types (its own and inherited) the model
     *                 inherits too: a runtime type of the same simple name is written fully qualified
     * @param databind the Jackson majors whose databind annotations the model carries, with its JSON form
     */
    public JavaFile write(Schema schema, TypeElement element, Set<JacksonMajor> databind) {
        TypeSpec.Builder model = TypeSpec.classBuilder(schema.generatedType())
                .addJavadoc(classDoc(schema));
        if (schema.jdkGenerated()) {
            model.addAnnotation(AnnotationSpec.builder(RuntimeTypes.JDK_GENERATED).addMember("value", "$S", GENERATOR).build());
        }
        model.addAnnotation(RuntimeTypes.GENERATED_MARKER)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(schema.schemaType())
                .alwaysQualify(capitalizedPropertyNames(schema))
                .avoidClashesWithNestedClasses(element);
        if (schema.properties().stream().anyMatch(Property::deprecated)) {
            // The model must read deprecated accessors of the schema, in from() and copies.
            model.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation").build());
        }
        constants.write(schema, model);
        for (Property property : schema.properties()) {
            model.addField(Storage.fieldType(property), property.name(), Modifier.PRIVATE, Modifier.FINAL);
        }
        addPresenceWords(schema, model, Modifier.PRIVATE, Modifier.FINAL);
        model.addMethod(constructor(schema));
        for (Property property : schema.properties()) {
            model.addMethod(accessor(schema, property));
        }
        beanValidation.write(schema, model);
        checks.write(schema, model);
        counted.write(schema, model);
        copies.write(schema, model);
        addition.write(schema, model);
        canonical.write(schema, model);
        objectMethods.write(schema, model);
        serialization.write(schema, model);
        if (jsonForms) {
            json.write(schema, model);
            this.databind.write(schema, databind, model);
        }
        model.addType(builder.write(schema).build());
        return JavaFile.builder(schema.generatedType().packageName(), model.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    /** The words of presence bits, in the model or the builder. */
    static void addPresenceWords(Schema schema, TypeSpec.Builder type, Modifier... modifiers) {
        for (int word = 0; word < Presence.words(schema); word++) {
            type.addField(TypeName.INT, Names.presenceWord(word), modifiers);
        }
    }

    static boolean hasNested(Schema schema) {
        return schema.properties().stream().anyMatch(Property::holdsModels);
    }

    /**
     * A property named like a type the generated code uses ({@code Counts}, {@code Optional})
     * would obscure that type's simple name; such types are written fully qualified.
     */
    private static String[] capitalizedPropertyNames(Schema schema) {
        return schema.properties().stream()
                .map(Property::name)
                .filter(name -> Character.isUpperCase(name.charAt(0)))
                .toArray(String[]::new);
    }

    private static CodeBlock classDoc(Schema schema) {
        CodeBlock.Builder doc = CodeBlock.builder();
        if (!schema.javadoc().isEmpty()) {
            doc.add("$L\n\n<p>", Docs.withoutTags(schema.javadoc()));
        }
        return doc.add("An immutable {@link $T}: every way to make one runs every check of its {@code @UsageSchema}.\n",
                schema.schemaType()).build();
    }

    private static MethodSpec constructor(Schema schema) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addJavadoc("Reads a builder's state once; {@code $N} then judges what this object holds.\n", Names.CHECK)
                .addModifiers(Modifier.PRIVATE)
                .addParameter(BuilderWriter.builderType(schema), Names.BUILDER);
        List<Property> derived = CountLocals.derivedProperties(schema);
        CountLocals.declare(schema, derived, Names.BUILDER, constructor);
        if (hasNested(schema)) {
            constructor.addStatement("$T $N = null", RuntimeTypes.VIOLATION_LIST, Names.REJECTED);
        }
        for (Property property : schema.properties()) {
            initialize(schema, property, constructor);
        }
        for (int word = 0; word < Presence.words(schema); word++) {
            List<CodeBlock> given = new ArrayList<>();
            given.add(CodeBlock.of("$N.$N", Names.BUILDER, Names.presenceWord(word)));
            for (Property property : derived) {
                if (Presence.givenWord(schema, property).equals(Names.presenceWord(word))) {
                    given.add(CodeBlock.of("($L ? $L : 0)", isDerivedNow(schema, property), Presence.bit(schema, property)));
                }
            }
            constructor.addStatement("this.$N = $L", Names.presenceWord(word), CodeBlock.join(given, " | "));
        }
        if (hasNested(schema)) {
            // Only checks right after construction need these; a model with any holds an error and
            // is never handed out, so the model keeps no field for them.
            constructor.addStatement("$N.$N = $N", Names.BUILDER, Names.REJECTED, Names.REJECTED);
        }
        return constructor.build();
    }

    /** A derived property that was not given and whose parts give a value. */
    private static CodeBlock isDerivedNow(Schema schema, Property property) {
        return CodeBlock.of("$L && $N >= 0", Presence.notGiven(schema, property, Names.BUILDER), Names.count(property));
    }

    private static void initialize(Schema schema, Property property, MethodSpec.Builder constructor) {
        String name = property.name();
        CodeBlock given = CodeBlock.of("$N.$N", Names.BUILDER, name);
        if (property.kind() == Kind.ADDITIONAL) {
            constructor.addStatement("this.$N = $T.jsonObject($L)", name, RuntimeTypes.COPIES, given);
        } else if (property.kind() == Kind.NESTED) {
            adopt(property, constructor);
        } else if (property.kind() == Kind.NESTED_LIST) {
            adoptList(property, constructor);
        } else if (Storage.isCollection(property)) {
            constructor.addStatement("this.$N = $T.collection($L)", name, RuntimeTypes.COPIES, given);
        } else if (property.isDerived()) {
            constructor.addStatement("this.$N = $L ? $L : $L", name, isDerivedNow(schema, property),
                    Storage.fromCount(property, CodeBlock.of("$N", Names.count(property))), normalized(property, given));
        } else {
            constructor.addStatement("this.$N = $L", name, normalized(property, given));
        }
    }

    /** A floating count of {@code -0.0} is stored as {@code 0.0}, so that equal counts are equal values. */
    private static CodeBlock normalized(Property property, CodeBlock value) {
        if (property.isCount() && property.numberType() == dev.usageschema.processor.model.NumberType.DOUBLE) {
            return CodeBlock.of("$T.zeroed($L)", RuntimeTypes.COUNTS, value);
        }
        return value;
    }

    /**
     * A nested value as the nested schema's own model, read once ({@code NestedValues}): a value of
     * another implementation is copied through the nested builder without throwing. When that copy
     * is not valid, the value is kept only to be rejected: its violations go to {@code $rejected},
     * which the checks report.
     */
    private static void adopt(Property property, MethodSpec.Builder constructor) {
        NestedSchema nested = property.nested().orElseThrow();
        String name = property.name();
        String converted = name + "$converted";
        constructor.addStatement("$T $N = $T.converted($N.$N,$W$T.class, $N -> $T.builder().from($N).tryBuild())",
                        ParameterizedTypeName.get(RuntimeTypes.VALIDATED, nested.generatedType()), converted,
                        RuntimeTypes.NESTED_VALUES, Names.BUILDER, name, nested.generatedType(), Names.VALUE,
                        nested.generatedType(), Names.VALUE)
                .addStatement("this.$N = $T.adopted($N.$N, $N)", name, RuntimeTypes.NESTED_VALUES, Names.BUILDER, name,
                        converted)
                .addStatement("$N = $T.rejected($N, $N, $N)", Names.REJECTED, RuntimeTypes.VIOLATIONS, Names.REJECTED,
                        Names.property(property), converted);
    }

    /** Each element of a list of nested schemas adopted as {@link #adopt} adopts one value; see {@code NestedLists}. */
    private static void adoptList(Property property, MethodSpec.Builder constructor) {
        NestedSchema nested = property.nested().orElseThrow();
        String name = property.name();
        String adopted = name + "$adopted";
        TypeName elements = ParameterizedTypeName.get(ClassName.get(List.class), nested.schemaType());
        constructor.addStatement("$T $N = new $T<>()", elements, adopted, ArrayList.class)
                .addStatement("$N = $T.adopt($N.$N, $N, $T.class, $N -> $T.builder().from($N).tryBuild(), $N, $N)",
                        Names.REJECTED, RuntimeTypes.NESTED_LISTS, Names.BUILDER, name, adopted, nested.generatedType(),
                        Names.ELEMENT, nested.generatedType(), Names.ELEMENT, Names.property(property), Names.REJECTED)
                .addStatement("this.$N = $N.$N == null ? null : $T.unmodifiableList($N)", name, Names.BUILDER, name,
                        Collections.class, adopted);
    }

    private static MethodSpec accessor(Schema schema, Property property) {
        MethodSpec.Builder accessor = MethodSpec.methodBuilder(property.accessorName())
                .addAnnotations(Docs.deprecation(property))
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(Storage.accessorType(property));
        if (!property.javadoc().isEmpty()) {
            accessor.addJavadoc("$L\n", property.javadoc());
        }
        String name = property.name();
        switch (property.container()) {
            case OPTIONAL_PRIMITIVE -> {
                TypeName optional = Storage.accessorType(property);
                CodeBlock absent = property.nullable()
                        ? CodeBlock.of("$L ? null : $T.empty()", Presence.givenNull(schema, property, "this"), optional)
                        : CodeBlock.of("$T.empty()", optional);
                accessor.addStatement("return $L ? $T.of(this.$N) : $L", Presence.hasValue(schema, property, "this"),
                        optional, name, absent);
            }
            case OPTIONAL -> {
                if (property.nullable()) {
                    accessor.addStatement("return $L ? $T.empty() : this.$N == null ? null : $T.of(this.$N)",
                            Presence.notGiven(schema, property, "this"), Optional.class, name, Optional.class, name);
                } else {
                    accessor.addStatement("return $T.ofNullable(this.$N)", Optional.class, name);
                }
            }
            default -> accessor.addStatement("return this.$N", name);
        }
        return accessor.build();
    }
}
