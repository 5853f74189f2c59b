package dev.usageschema.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.usageschema.json.JsonKind;
import dev.usageschema.json.JsonSchema;
import dev.usageschema.json.JsonSink;
import dev.usageschema.processor.model.Container;
import dev.usageschema.processor.model.EnumConstant;
import dev.usageschema.processor.model.JsonKinds;
import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.NumberType;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * The model's JSON form: a nested {@code Json} class, reached through {@code jsonSchema()}, that tells
 * the runtime's JSON reader which wire name is which property and how to set each on the builder,
 * and writes the model back. One {@code switch} case per property and method; the reading itself,
 * with every judgement of numbers, nulls, duplicates and unknown fields, lives in the runtime.
 */
final class JsonSchemaWriter {

    private static final ClassName JSON_SCHEMA = ClassName.get(JsonSchema.class);
    private static final ClassName JSON_KIND = ClassName.get(JsonKind.class);
    private static final ClassName JSON_SINK = ClassName.get(JsonSink.class);
    private static final String FORM = "Json";
    private static final String BUILDER = "builder";
    private static final String INDEX = "index";
    private static final String MODEL = "model";
    private static final String SINK = "sink";

    void write(Schema schema, TypeSpec.Builder model) {
        ClassName form = schema.generatedType().nestedClass(FORM);
        ClassName builderType = BuilderWriter.builderType(schema);
        model.addMethod(MethodSpec.methodBuilder("jsonSchema")
                .addJavadoc("{@return how this model is read from JSON and written to it}\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(form)
                .addStatement("return $T.INSTANCE", form)
                .build());
        TypeSpec.Builder json = TypeSpec.classBuilder(form)
                .addJavadoc("How {@link $T} is read from JSON and written to it; see {@link $T}.\n",
                        schema.generatedType(), JSON_SCHEMA)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(JSON_SCHEMA, schema.generatedType(), builderType))
                .addField(FieldSpec.builder(form, "INSTANCE", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("new $T()", form).build())
                .addMethod(constructor(schema))
                .addMethod(method("copyOf", schema.generatedType())
                        .addParameter(Object.class, "value")
                        .addStatement("return $T.copyOf(($T) value)", schema.generatedType(), schema.schemaType())
                        .build())
                .addMethod(method("newBuilder", builderType).addStatement("return new $T()", builderType).build())
                // A model is made as the builder makes it and checked as ModelBuilder's build() checks it.
                .addMethod(method("model", schema.generatedType())
                        .addParameter(builderType, BUILDER)
                        .addStatement("return $N.$$model()", BUILDER)
                        .build())
                .addMethod(method("check", RuntimeTypes.VIOLATION_LIST)
                        .addParameter(schema.generatedType(), MODEL)
                        .addParameter(builderType, BUILDER)
                        .addStatement("return $N.$N($L)", MODEL, Names.CHECK, ModelWriter.hasNested(schema)
                                ? CodeBlock.of("$N.$N()", BUILDER, Names.REJECTED) : CodeBlock.of("null"))
                        .build())
                .addMethod(writeMethod(schema));
        if (schema.properties().stream().anyMatch(property -> !property.alternates().isEmpty())) {
            // JsonSchema finds every canonical wire name itself; only alternate names need a switch.
            json.addMethod(index(schema));
        }
        // The base class's defaults throw: only what some property takes is written.
        Stream.of(setter(schema, "setLong", TypeName.LONG, JsonSchemaWriter::isWhole, JsonSchemaWriter::longValue),
                        setter(schema, "setDouble", TypeName.DOUBLE, JsonSchemaWriter::isFloating,
                                property -> CodeBlock.of("value")),
                        setValue(schema), setNull(schema), putUnknown(schema, builderType), enumConstant(schema),
                        enumNames(schema), elementType(schema), nested(schema))
                .flatMap(Optional::stream)
                .forEach(json::addMethod);
        if (schema.properties().stream().anyMatch(JsonSchemaWriter::isNumberedEnum)) {
            json.addMethod(enumConstantByNumber(schema)).addMethod(enumNumbers(schema));
        }
        model.addType(json.build());
    }

    /** Public for {@code ServiceLoader}, which the JSON modules' discovery uses; callers use {@code jsonSchema()}. */
    private static MethodSpec constructor(Schema schema) {
        List<CodeBlock> properties = new ArrayList<>();
        List<CodeBlock> kinds = new ArrayList<>();
        List<CodeBlock> primitives = new ArrayList<>();
        for (Property property : schema.properties()) {
            properties.add(CodeBlock.of("$N", Names.property(property)));
            kinds.add(CodeBlock.of("$T.$N", JSON_KIND, kind(property).name()));
            primitives.add(CodeBlock.of("$L", property.container() == Container.PRIMITIVE));
        }
        return MethodSpec.constructorBuilder()
                .addJavadoc("For {@code ServiceLoader}; {@code jsonSchema()} gives the one instance to use.\n")
                .addModifiers(Modifier.PUBLIC)
                .addStatement("super($S, $T.class, $T.class,$W$T.of($L),$W$T.of($L),$W$T.of($L),$W$L, $T.$N)",
                        schema.displayName(), schema.generatedType(), schema.schemaType(), List.class,
                        CodeBlock.join(properties, ",$W"), List.class, CodeBlock.join(kinds, ",$W"), List.class,
                        CodeBlock.join(primitives, ",$W"),
                        schema.properties().stream().anyMatch(property -> property.kind() == Kind.ADDITIONAL),
                        RuntimeTypes.SEVERITY, schema.unknownFields().name())
                .build();
    }

    /** What JSON a property takes. */
    static JsonKind kind(Property property) {
        return JsonKinds.of(property);
    }

    private static MethodSpec index(Schema schema) {
        CodeBlock.Builder cases = CodeBlock.builder().add("return switch (wireName) {\n$>");
        for (int index = 0; index < schema.properties().size(); index++) {
            Property property = schema.properties().get(index);
            if (property.kind() == Kind.ADDITIONAL) {
                continue;
            }
            List<CodeBlock> names = new ArrayList<>();
            names.add(CodeBlock.of("$S", property.wireName()));
            property.alternates().forEach(alternate -> names.add(CodeBlock.of("$S", alternate)));
            cases.add("case $L -> $L;\n", CodeBlock.join(names, ", "), index);
        }
        cases.add("default -> -1;\n$<};\n");
        return method("index", TypeName.INT).addParameter(String.class, "wireName").addCode(cases.build()).build();
    }

    private static Optional<MethodSpec> setter(Schema schema, String name, TypeName valueType,
            Predicate<Property> takes, Function<Property, CodeBlock> value) {
        CodeBlock.Builder cases = CodeBlock.builder();
        for (int index = 0; index < schema.properties().size(); index++) {
            Property property = schema.properties().get(index);
            if (takes.test(property)) {
                cases.add("case $L -> $N.$N($L);\n", index, BUILDER, property.name(), value.apply(property));
            }
        }
        return switchOnIndex(method(name, TypeName.VOID)
                .addParameter(BuilderWriter.builderType(schema), BUILDER)
                .addParameter(TypeName.INT, INDEX)
                .addParameter(valueType, "value"), cases.build());
    }

    /** Sets strings, booleans, enum constants, nested models and collections; a collection is an unchecked cast. */
    private static Optional<MethodSpec> setValue(Schema schema) {
        Optional<MethodSpec> setValue = setter(schema, "setValue", ClassName.OBJECT, JsonSchemaWriter::isObject,
                property -> CodeBlock.of("($T) value", property.valueType().box()));
        if (schema.properties().stream().noneMatch(property -> property.valueType() instanceof ParameterizedTypeName
                && isObject(property))) {
            return setValue;
        }
        return setValue.map(method -> method.toBuilder().addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                .addMember("value", "$S", "unchecked").build()).build());
    }

    private static Optional<MethodSpec> setNull(Schema schema) {
        CodeBlock.Builder cases = CodeBlock.builder();
        for (int index = 0; index < schema.properties().size(); index++) {
            Property property = schema.properties().get(index);
            // JsonSchema gives the other kinds their null through setValue, whose setters take it as an explicit null.
            if (property.container() != Container.PRIMITIVE && property.kind() != Kind.ADDITIONAL && !isObject(property)) {
                // The plain setter takes null as an explicit null; for an optional number, the optional one does.
                cases.add("case $L -> $N.$N(($T) null);\n", index, BUILDER, property.name(),
                        property.container() == Container.OPTIONAL_PRIMITIVE ? Storage.accessorType(property)
                                : property.valueType());
            }
        }
        if (cases.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(method("setNull", TypeName.VOID)
                .addParameter(BuilderWriter.builderType(schema), BUILDER)
                .addParameter(TypeName.INT, INDEX)
                .beginControlFlow("switch ($N)", INDEX)
                .addCode(cases.build())
                .addCode("default -> super.setNull($N, $N);\n", BUILDER, INDEX)
                .endControlFlow()
                .build());
    }

    private static Optional<MethodSpec> putUnknown(Schema schema, ClassName builderType) {
        return schema.properties().stream().filter(property -> property.kind() == Kind.ADDITIONAL).findFirst()
                .map(additional -> method("putUnknown", TypeName.VOID)
                        .addParameter(builderType, BUILDER)
                        .addParameter(String.class, "name")
                        .addParameter(Object.class, "value")
                        .addStatement("$N.put$L(name, value)", BUILDER, Schemas.capitalized(additional.name()))
                        .build());
    }

    private static Optional<MethodSpec> enumConstant(Schema schema) {
        CodeBlock.Builder cases = CodeBlock.builder();
        for (int index = 0; index < schema.properties().size(); index++) {
            Property property = schema.properties().get(index);
            if (kind(property) == JsonKind.ENUM) {
                cases.add("case $L -> $L;\n", index, enumFromText(property));
            }
        }
        return returningSwitch(method("enumConstant", ClassName.OBJECT)
                .addParameter(TypeName.INT, INDEX)
                .addParameter(String.class, "text"), cases.build());
    }

    /**
     * The constant a string names, exactly: an enum whose constants all go by their names is matched
     * by name; one with {@code @WireName}s by each constant's one wire name and its alternates.
     */
    private static CodeBlock enumFromText(Property property) {
        if (property.enumConstants().stream().noneMatch(EnumConstant::renamed)) {
            return CodeBlock.of("constant($T.values(), text)", property.valueType());
        }
        CodeBlock.Builder cases = CodeBlock.builder().add("switch (text) {\n$>");
        for (EnumConstant constant : property.enumConstants()) {
            cases.add("case $L -> $T.$N;\n", CodeBlock.join(wireNames(constant), ", "), property.valueType(),
                    constant.name());
        }
        return cases.add("default -> null;\n$<}").build();
    }

    private static List<CodeBlock> wireNames(EnumConstant constant) {
        List<CodeBlock> names = new ArrayList<>();
        names.add(CodeBlock.of("$S", constant.wireName()));
        constant.alternates().forEach(alternate -> names.add(CodeBlock.of("$S", alternate)));
        return names;
    }

    private static boolean isNumberedEnum(Property property) {
        return kind(property) == JsonKind.ENUM && property.numberedEnum();
    }

    /** The constant each {@code @WireNumber} stands for, for the enums that have them. */
    private static MethodSpec enumConstantByNumber(Schema schema) {
        CodeBlock.Builder cases = CodeBlock.builder();
        for (int index = 0; index < schema.properties().size(); index++) {
            Property property = schema.properties().get(index);
            if (isNumberedEnum(property)) {
                CodeBlock.Builder numbers = CodeBlock.builder().add("number != (int) number ? null : switch ((int) number) {\n$>");
                for (EnumConstant constant : property.enumConstants()) {
                    numbers.add("case $L -> $T.$N;\n", constant.number().getAsInt(), property.valueType(), constant.name());
                }
                cases.add("case $L -> $L;\n", index, numbers.add("default -> null;\n$<}").build());
            }
        }
        // An enum property read by name alone stands for no number.
        return method("enumConstant", ClassName.OBJECT)
                .addParameter(TypeName.INT, INDEX)
                .addParameter(TypeName.LONG, "number")
                .addCode("return switch ($N) {\n$>", INDEX)
                .addCode(cases.build())
                .addCode("default -> null;\n$<};\n")
                .build();
    }

    /** The numbers each enum property with {@code @WireNumber}s is read from, for the violation of one that is none. */
    private static MethodSpec enumNumbers(Schema schema) {
        CodeBlock.Builder cases = CodeBlock.builder();
        for (int index = 0; index < schema.properties().size(); index++) {
            Property property = schema.properties().get(index);
            if (isNumberedEnum(property)) {
                cases.add("case $L -> $T.of($L);\n", index, List.class, CodeBlock.join(property.enumConstants().stream()
                        .map(constant -> CodeBlock.of("$L", constant.number().getAsInt())).toList(), ", "));
            }
        }
        // An enum property read by name alone has no numbers.
        return method("enumNumbers", ParameterizedTypeName.get(List.class, Integer.class))
                .addParameter(TypeName.INT, INDEX)
                .addCode("return switch ($N) {\n$>", INDEX)
                .addCode(cases.build())
                .addCode("default -> $T.of();\n$<};\n", List.class)
                .build();
    }

    /** The strings each enum property is read from, for the violation of one that names no constant. */
    private static Optional<MethodSpec> enumNames(Schema schema) {
        CodeBlock.Builder cases = CodeBlock.builder();
        for (int index = 0; index < schema.properties().size(); index++) {
            Property property = schema.properties().get(index);
            if (kind(property) != JsonKind.ENUM) {
                continue;
            }
            if (property.enumConstants().stream().noneMatch(EnumConstant::renamed)) {
                cases.add("case $L -> names($T.values());\n", index, property.valueType());
            } else {
                List<CodeBlock> names = new ArrayList<>();
                property.enumConstants().forEach(constant -> names.addAll(wireNames(constant)));
                cases.add("case $L -> $T.of($L);\n", index, List.class, CodeBlock.join(names, ", "));
            }
        }
        return returningSwitch(method("enumNames", ParameterizedTypeName.get(List.class, String.class))
                .addParameter(TypeName.INT, INDEX), cases.build());
    }

    /** What JSON writes for an enum property's constant: its name, or its {@code @WireName}. */
    private static CodeBlock enumToText(Property property, CodeBlock value) {
        if (property.enumConstants().stream().noneMatch(EnumConstant::renamed)) {
            return value;
        }
        CodeBlock.Builder cases = CodeBlock.builder().add("$L == null ? null : switch ($L) {\n$>", value, value);
        for (EnumConstant constant : property.enumConstants()) {
            cases.add("case $N -> $S;\n", constant.name(), constant.wireName());
        }
        return cases.add("$<}").build();
    }

    private static Optional<MethodSpec> elementType(Schema schema) {
        CodeBlock.Builder cases = CodeBlock.builder();
        for (int index = 0; index < schema.properties().size(); index++) {
            Property property = schema.properties().get(index);
            JsonKind kind = kind(property);
            if (kind == JsonKind.LIST || kind == JsonKind.SET || kind == JsonKind.MAP) {
                List<TypeName> arguments = ((ParameterizedTypeName) property.valueType()).typeArguments();
                cases.add("case $L -> $T.class;\n", index, arguments.get(arguments.size() - 1));
            } else if (kind == JsonKind.EXACT) {
                cases.add("case $L -> $T.class;\n", index, property.valueType());
            }
        }
        return returningSwitch(method("elementType", ParameterizedTypeName.get(ClassName.get(Class.class),
                        WildcardTypeName.subtypeOf(Object.class)))
                .addParameter(TypeName.INT, INDEX), cases.build());
    }

    private static Optional<MethodSpec> nested(Schema schema) {
        CodeBlock.Builder cases = CodeBlock.builder();
        for (int index = 0; index < schema.properties().size(); index++) {
            Property property = schema.properties().get(index);
            if (property.holdsModels()) {
                cases.add("case $L -> $T.jsonSchema();\n", index, property.nested().orElseThrow().generatedType());
            }
        }
        return returningSwitch(method("nested", ParameterizedTypeName.get(JSON_SCHEMA,
                        WildcardTypeName.subtypeOf(Object.class), WildcardTypeName.subtypeOf(Object.class)))
                .addParameter(TypeName.INT, INDEX), cases.build());
    }

    private static MethodSpec writeMethod(Schema schema) {
        MethodSpec.Builder write = MethodSpec.methodBuilder("write")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(schema.generatedType(), MODEL)
                .addParameter(JSON_SINK, SINK)
                .addStatement("$N.startObject()", SINK);
        // A total the schema derives is left out when it equals its parts, as the provider leaves it
        // out: reading derives it again, and the model cannot tell it from one given equal.
        List<Property> derived = CountLocals.derivedProperties(schema);
        CountLocals.declare(schema, derived, MODEL, write);
        for (Property property : schema.properties()) {
            write.addStatement(writeField(schema, property, derived.contains(property)
                    ? CodeBlock.of("$L && !($N >= 0 && $N == $N)", Presence.given(schema, property, MODEL),
                            Names.count(property), Names.count(property), Names.parts(property))
                    : Presence.given(schema, property, MODEL)));
        }
        return write.addStatement("$N.endObject()", SINK).build();
    }

    private static CodeBlock writeField(Schema schema, Property property, CodeBlock given) {
        String field = property.name();
        if (property.kind() == Kind.ADDITIONAL) {
            return CodeBlock.of("writeUnknown($N, $N.$N)", SINK, MODEL, field);
        }
        if (property.kind() == Kind.NESTED) {
            ClassName nested = property.nested().orElseThrow().generatedType();
            return CodeBlock.of("writeNested($N, $L, $S,$W$T.jsonSchema(),$W($T) $N.$N)", SINK, given,
                    property.wireName(), nested, nested, MODEL, field);
        }
        if (property.kind() == Kind.NESTED_LIST) {
            return CodeBlock.of("writeList($N, $L, $S,$W$T.jsonSchema(),$W$N.$N)", SINK, given, property.wireName(),
                    property.nested().orElseThrow().generatedType(), MODEL, field);
        }
        if (property.valueType().isPrimitive() && property.numberType() != null) {
            CodeBlock isNull = property.container() == Container.OPTIONAL_PRIMITIVE
                    ? Presence.givenNull(schema, property, MODEL) : CodeBlock.of("false");
            return CodeBlock.of(property.numberType() == NumberType.DOUBLE ? "writeDouble($N, $L, $L, $S, $N.$N)"
                    : "writeLong($N, $L, $L, $S, $N.$N)", SINK, given, isNull, property.wireName(), MODEL, field);
        }
        CodeBlock value = CodeBlock.of("$N.$N", MODEL, field);
        return CodeBlock.of("writeValue($N, $L, $S, $L)", SINK, given, property.wireName(),
                kind(property) == JsonKind.ENUM ? enumToText(property, value) : value);
    }

    private static boolean isWhole(Property property) {
        JsonKind kind = kind(property);
        return kind == JsonKind.LONG || kind == JsonKind.INT;
    }

    private static boolean isFloating(Property property) {
        JsonKind kind = kind(property);
        return kind == JsonKind.DOUBLE || kind == JsonKind.DOUBLE_COUNT;
    }

    private static boolean isObject(Property property) {
        return switch (kind(property)) {
            case STRING, BOOLEAN, ENUM, EXACT, NESTED, NESTED_LIST, LIST, SET, MAP -> true;
            default -> false;
        };
    }

    private static CodeBlock longValue(Property property) {
        return property.numberType() == NumberType.INT ? CodeBlock.of("(int) value") : CodeBlock.of("value");
    }

    private static MethodSpec.Builder method(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(returns);
    }

    /** A switch over the properties that {@code cases} names; none when it names none, the base class's default. */
    private static Optional<MethodSpec> switchOnIndex(MethodSpec.Builder method, CodeBlock cases) {
        if (cases.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(method.beginControlFlow("switch ($N)", INDEX)
                .addCode(cases)
                .addCode("default -> throw noSuchProperty($N);\n", INDEX)
                .endControlFlow()
                .build());
    }

    /** As {@link #switchOnIndex}, returning what the case gives. */
    private static Optional<MethodSpec> returningSwitch(MethodSpec.Builder method, CodeBlock cases) {
        if (cases.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(method.addCode("return switch ($N) {\n$>", INDEX)
                .addCode(cases)
                .addCode("default -> throw noSuchProperty($N);\n$<};\n", INDEX)
                .build());
    }
}
