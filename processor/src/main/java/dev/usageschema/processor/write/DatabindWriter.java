package dev.usageschema.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.usageschema.processor.model.Schema;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * For each Jackson major whose JSON module the schema's module reads, the model's
 * {@code @JsonSerialize} and {@code @JsonDeserialize} and the two small classes they name, which
 * hand the model's JSON form to the module's {@code SchemaSerializer} and {@code SchemaDeserializer}:
 * a mapper without {@code UsageSchemaModule} then writes the model in its wire shape, rather than an
 * empty object, and reads it with every check. No major, nothing written; and at run time without
 * Jackson an annotation whose type is absent is none, so the model needs Jackson only where it is.
 */
final class DatabindWriter {

    void write(Schema schema, Set<JacksonMajor> majors, TypeSpec.Builder model) {
        for (JacksonMajor major : JacksonMajor.values()) {
            if (majors.contains(major)) {
                write(schema, major, model);
            }
        }
    }

    private static void write(Schema schema, JacksonMajor major, TypeSpec.Builder model) {
        ClassName reader = schema.generatedType().nestedClass(major.nested("Reader"));
        ClassName writer = schema.generatedType().nestedClass(major.nested("Writer"));
        model.addAnnotation(AnnotationSpec.builder(major.serialize).addMember("using", "$T.class", writer).build());
        model.addAnnotation(AnnotationSpec.builder(major.deserialize).addMember("using", "$T.class", reader).build());
        model.addType(nested(reader, ParameterizedTypeName.get(major.deserializer, schema.generatedType()),
                "Reads {@link $T} for Jackson $L databind, with every check, with or without {@code UsageSchemaModule}.\n",
                schema.generatedType(), major.number()));
        model.addType(nested(writer, major.serializer,
                "Writes {@link $T} for Jackson $L databind in its wire shape, with or without {@code UsageSchemaModule}.\n",
                schema.generatedType(), major.number()));
    }

    private static TypeSpec nested(ClassName name, TypeName superclass, String doc, Object... arguments) {
        return TypeSpec.classBuilder(name)
                .addJavadoc(doc, arguments)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(superclass)
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("For Jackson, which makes one per mapper.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("super(jsonSchema())")
                        .build())
                .build();
    }
}
