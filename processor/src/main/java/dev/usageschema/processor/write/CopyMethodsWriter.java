package dev.usageschema.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Every way to make a value other than the builder itself ({@code copyOf}, {@code toBuilder}) and
 * the static {@code check}. All of them go through the builder's checks. There is no positional
 * factory: a schema's counts are mostly of one type, and a call that names none of them is where a
 * prompt count and a completion count change places unseen. There are no {@code withX} copies
 * either: under a sum one count rarely changes alone, and a chain of copies is checked, and
 * rejected, at its first link; {@code toBuilder()} sets the counts together and checks once.
 */
final class CopyMethodsWriter {

    void write(Schema schema, TypeSpec.Builder model) {
        ClassName builderType = BuilderWriter.builderType(schema);
        model.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("{@return a new builder, with nothing set}\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builderType)
                .addStatement("return new $T()", builderType)
                .build());
        model.addMethod(MethodSpec.methodBuilder("copyOf")
                .addJavadoc("{@return {@code value} itself when it is already a {@link $T}, else a checked copy}\n"
                        + "@param value any implementation of {@link $T}\n",
                        schema.generatedType(), schema.schemaType())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(schema.generatedType())
                .addParameter(schema.schemaType(), "value")
                .addStatement("return value instanceof $T model ? model : builder().from(value).build()",
                        schema.generatedType())
                .build());
        model.addMethod(MethodSpec.methodBuilder("check")
                .addJavadoc("{@return every violation of {@code value}, errors and warnings, in property order}\n"
                        + "@param value any implementation of {@link $T}; {@code null} is one violation\n", schema.schemaType())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(RuntimeTypes.VIOLATION_LIST)
                .addParameter(schema.schemaType(), "value")
                .addStatement("return value == null ? $T.nullValue($S)$W: value instanceof $T model ? model.violations()$W"
                        + ": builder().from(value).violations()", RuntimeTypes.VIOLATIONS, schema.displayName(),
                        schema.generatedType())
                .build());
        model.addMethod(toBuilder(schema, builderType));
    }

    /**
     * A builder holding this value. A derivable total that equals the sum of its parts is left to
     * be derived again, whether it was derived or given: equal values behave alike, and a changed
     * part gives a fresh total. A total that differs from its parts (a warning) is kept.
     */
    private static MethodSpec toBuilder(Schema schema, ClassName builderType) {
        MethodSpec.Builder toBuilder = MethodSpec.methodBuilder("toBuilder")
                .addJavadoc(CountLocals.derivedProperties(schema).isEmpty() ? "{@return a new builder holding this value}\n"
                        : "{@return a new builder holding this value} A total that the schema derives and that equals\n"
                        + "the sum of its parts is derived again on {@code build()}, so a changed part gives a fresh total.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builderType)
                .addStatement("$T $N = new $T()", builderType, Names.BUILDER, builderType);
        for (Property property : schema.properties()) {
            String name = property.name();
            if (Storage.isAdditional(property)) {
                toBuilder.addStatement("$N.$N = this.$N.isEmpty() ? null : new $T<>(this.$N)", Names.BUILDER, name, name,
                        LinkedHashMap.class, name);
            } else {
                toBuilder.addStatement("$N.$N = this.$N", Names.BUILDER, name, name);
            }
        }
        for (int word = 0; word < Presence.words(schema); word++) {
            toBuilder.addStatement("$N.$N = this.$N", Names.BUILDER, Names.presenceWord(word), Names.presenceWord(word));
        }
        List<Property> derived = CountLocals.derivedProperties(schema);
        CountLocals.declare(schema, derived, "this", toBuilder);
        for (Property property : derived) {
            toBuilder.beginControlFlow("if ($N >= 0 && $N == $N)", Names.count(property), Names.count(property),
                            Names.parts(property))
                    .addStatement("$N.$N = $L", Names.BUILDER, property.name(), Storage.emptyValue(property))
                    .addStatement(Presence.setGiven(schema, property, Names.BUILDER, false))
                    .endControlFlow();
        }
        return toBuilder.addStatement("return $N", Names.BUILDER).build();
    }
}
