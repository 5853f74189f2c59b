package dev.usageschema.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.usageschema.processor.model.Container;
import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Java serialization for schemas that extend {@link java.io.Serializable}, through a serialization
 * proxy: a model is written as its {@code SerializedForm}, a runtime {@code SerialForm} that carries
 * each given property by name, and read back through the builder and {@code build()}, so that a
 * stream can make only what the builder makes, and every check runs on it. The model itself holds
 * no serial fields and refuses to be read directly. The mechanics are the runtime's; what is
 * written here is the wiring: the shape, a model's values, and a setter call per property.
 */
final class SerializationWriter {

    private static final String FORM = "SerializedForm";

    private static final String SHAPE = "SHAPE";
    private static final String VALUES = "$values";

    /** Adds the proxy, {@code writeReplace} and the refusing {@code readObject} to a serializable model. */
    void write(Schema schema, TypeSpec.Builder model) {
        if (!schema.serializable()) {
            return;
        }
        ClassName form = schema.generatedType().nestedClass(FORM);
        model.addField(serialVersionUid());
        model.addField(FieldSpec.builder(ArrayTypeName.of(ObjectStreamField.class), "serialPersistentFields",
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("None: a model is written as its {@link $N}.\n", FORM)
                .initializer("{}")
                .build());
        model.addMethod(MethodSpec.methodBuilder("writeReplace")
                .addJavadoc("{@return this value as its serial form, which reading builds and checks again}\n")
                .addModifiers(Modifier.PRIVATE)
                .returns(Object.class)
                .addStatement("return new $T(this)", form)
                .build());
        model.addMethod(MethodSpec.methodBuilder("readObject")
                .addJavadoc("A model is only ever read through its serial form.\n@param stream unused\n"
                        + "@throws InvalidObjectException always\n")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(ObjectInputStream.class, "stream")
                .addException(InvalidObjectException.class)
                .addStatement("throw new $T($S)", InvalidObjectException.class,
                        schema.generatedType().simpleName() + " is read through its serial form only")
                .build());
        model.addType(TypeSpec.classBuilder(form)
                .addJavadoc("What a {@link $T} is written as: each given property by name; see {@link $T}.\n",
                        schema.generatedType(), RuntimeTypes.SERIAL_FORM)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .superclass(RuntimeTypes.SERIAL_FORM)
                .addField(serialVersionUid())
                .addField(shape(schema))
                .addMethod(constructor(schema))
                .addMethod(MethodSpec.methodBuilder("shape")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PROTECTED)
                        .returns(RuntimeTypes.SERIAL_SHAPE)
                        .addStatement("return $N", SHAPE)
                        .build())
                .addMethod(build(schema))
                .build());
    }

    /** The properties by name, each with the type its values must have. */
    private static FieldSpec shape(Schema schema) {
        List<CodeBlock> properties = new ArrayList<>();
        List<CodeBlock> types = new ArrayList<>();
        for (Property property : schema.properties()) {
            properties.add(CodeBlock.of("$N", Names.property(property)));
            types.add(SerialTypes.of(property));
        }
        return FieldSpec.builder(RuntimeTypes.SERIAL_SHAPE, SHAPE, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T($S,$W$T.of($L),$W$T.of($L))", RuntimeTypes.SERIAL_SHAPE, schema.displayName(),
                        List.class, CodeBlock.join(properties, ",$W"), List.class, CodeBlock.join(types, ",$W"))
                .build();
    }

    /** A model's value of each property, in order: boxed, {@code null} for an explicit null, else {@code ABSENT}. */
    private static MethodSpec constructor(Schema schema) {
        List<CodeBlock> values = new ArrayList<>();
        for (Property property : schema.properties()) {
            values.add(value(schema, property));
        }
        return MethodSpec.constructorBuilder()
                .addParameter(schema.generatedType(), Names.VALUE)
                .addStatement("super($N,\n$L)", SHAPE, CodeBlock.join(values, ",\n"))
                .build();
    }

    private static CodeBlock value(Schema schema, Property property) {
        String name = property.name();
        if (property.kind() == Kind.ADDITIONAL) {
            return CodeBlock.of("$N.$N.isEmpty() ? ABSENT : $N.$N", Names.VALUE, name, Names.VALUE, name);
        }
        CodeBlock given = Presence.given(schema, property, Names.VALUE);
        if (property.container() == Container.OPTIONAL_PRIMITIVE) {
            return CodeBlock.of("$L ? $N.$N : $L ? null : ABSENT", Presence.hasValue(schema, property, Names.VALUE),
                    Names.VALUE, name, given);
        }
        return CodeBlock.of("$L ? $N.$N : ABSENT", given, Names.VALUE, name);
    }

    /** Sets each value read on a new builder, through the setter construction uses, and builds. */
    private static MethodSpec build(Schema schema) {
        MethodSpec.Builder build = MethodSpec.methodBuilder("build")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(Object.class)
                .addParameter(Object[].class, VALUES)
                .addStatement("$T $N = new $T()", BuilderWriter.builderType(schema), Names.BUILDER,
                        BuilderWriter.builderType(schema));
        boolean unchecked = false;
        for (int index = 0; index < schema.properties().size(); index++) {
            Property property = schema.properties().get(index);
            CodeBlock read = CodeBlock.of("$N[$L]", VALUES, index);
            build.addStatement("if ($L != ABSENT) $N.$N($L)", read, Names.BUILDER, property.name(), argument(property, read));
            unchecked |= castType(property) instanceof ParameterizedTypeName;
        }
        if (unchecked) {
            // The runtime has checked every element against the declared type; the cast cannot fail.
            build.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build());
        }
        return build.addStatement("return $N.build()", Names.BUILDER).build();
    }

    /** The value read, as the setter's parameter: unboxed, an optional number wrapped, else cast. */
    private static CodeBlock argument(Property property, CodeBlock read) {
        if (property.container() == Container.OPTIONAL_PRIMITIVE) {
            return CodeBlock.of("$L == null ? null : $T.of(($T) $L)", read, Storage.accessorType(property),
                    property.valueType(), read);
        }
        TypeName type = castType(property);
        return type.equals(ClassName.OBJECT) ? read : CodeBlock.of("($T) $L", type, read);
    }

    /** The type a value read is cast to: the setter's parameter. */
    private static TypeName castType(Property property) {
        return property.kind() == Kind.ADDITIONAL
                ? ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                        WildcardTypeName.subtypeOf(Object.class))
                : property.valueType().withoutAnnotations();
    }

    private static FieldSpec serialVersionUid() {
        return FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("1L")
                .build();
    }
}
