package dev.usageschema.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.usageschema.processor.model.Schema;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamException;
import java.io.Serializable;
import javax.lang.model.element.Modifier;

/**
 * Java serialization for schemas that extend {@link Serializable}, through a serialization proxy:
 * a model is written as a builder holding its state, and read back through {@code build()}, so
 * that a crafted byte stream runs every check and cannot make an invalid model. The model itself
 * refuses to be read directly.
 */
final class SerializationWriter {

    static final String FORM = "SerializedForm";

    /** Adds the proxy, {@code writeReplace} and the refusing {@code readObject} to a serializable model. */
    void write(Schema schema, TypeSpec.Builder model) {
        if (!schema.serializable()) {
            return;
        }
        ClassName form = schema.generatedType().nestedClass(FORM);
        model.addField(serialVersionUid());
        model.addMethod(MethodSpec.methodBuilder("writeReplace")
                .addJavadoc("{@return this value as its builder's state, which reading checks again}\n")
                .addModifiers(Modifier.PRIVATE)
                .returns(Object.class)
                .addStatement("return new $T(toBuilder())", form)
                .build());
        model.addMethod(MethodSpec.methodBuilder("readObject")
                .addJavadoc("A model is only ever read through its serialized form.\n@param stream unused\n"
                        + "@throws InvalidObjectException always\n")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(ObjectInputStream.class, "stream")
                .addException(InvalidObjectException.class)
                .addStatement("throw new $T($S)", InvalidObjectException.class,
                        schema.generatedType().simpleName() + " is read through its serialized form only")
                .build());
        ClassName builderType = BuilderWriter.builderType(schema);
        model.addType(TypeSpec.classBuilder(form)
                .addJavadoc("What a {@link $T} is written as: its state, in a builder.\n", schema.generatedType())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(Serializable.class)
                .addField(serialVersionUid())
                .addField(builderType, "state", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(builderType, "state")
                        .addStatement("this.state = state")
                        .build())
                .addMethod(MethodSpec.methodBuilder("readResolve")
                        .addJavadoc("{@return the model, after every check of the schema}\n"
                                + "@throws ObjectStreamException when the state read breaks an error-severity rule\n")
                        .addModifiers(Modifier.PRIVATE)
                        .returns(Object.class)
                        .addException(ObjectStreamException.class)
                        .beginControlFlow("try")
                        .addStatement("return state.build()")
                        .nextControlFlow("catch ($T e)", RuntimeTypes.USAGE_VIOLATION_EXCEPTION)
                        .addStatement("$T invalid = new $T(e.getMessage())", InvalidObjectException.class,
                                InvalidObjectException.class)
                        .addStatement("invalid.initCause(e)")
                        .addStatement("throw invalid")
                        .endControlFlow()
                        .build())
                .build());
    }

    /** Makes a serializable schema's builder serializable, so that it can carry a model's state. */
    void writeBuilder(Schema schema, TypeSpec.Builder builder) {
        if (schema.serializable()) {
            builder.addSuperinterface(Serializable.class).addField(serialVersionUid());
        }
    }

    private static FieldSpec serialVersionUid() {
        return FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("1L")
                .build();
    }
}
