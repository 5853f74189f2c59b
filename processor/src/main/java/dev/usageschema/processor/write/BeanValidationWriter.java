package dev.usageschema.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.usageschema.processor.model.Container;
import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * What Hibernate Validator sees of a model beyond the class-level {@code @ValidUsage} it inherits
 * from {@link dev.usageschema.Checkable}: a private
 * getter for each property that carries Bean Validation annotations from the schema
 * ({@code @Max}, a user's own constraint, {@code @Valid} to cascade into a nested schema), on the
 * accessor or on an {@code Optional}'s type argument ({@code Optional<@Valid Details>}).
 * Bean Validation reads properties through getters; the getter returns the accessor's own type,
 * so that an {@code OptionalLong} is unwrapped and an absent count is not taken for 0.
 */
final class BeanValidationWriter {

    void write(Schema schema, TypeSpec.Builder model) {
        for (Property property : schema.properties()) {
            // A declared getter (getPromptTokens()) is where Bean Validation finds its constraints itself.
            if (!property.hasBeanConstraints() || !property.accessorName().equals(property.name())) {
                continue;
            }
            model.addMethod(getter(property));
        }
    }

    /** The getter's type carries the element constraints on its type argument, where the schema has them. */
    private static MethodSpec getter(Property property) {
        TypeName type = Storage.accessorType(property);
        if (!property.elementConstraints().isEmpty() && property.kind() == Kind.NESTED_LIST) {
            TypeName element = ((ParameterizedTypeName) property.valueType()).typeArguments().get(0);
            type = ParameterizedTypeName.get(ClassName.get(List.class), element.annotated(property.elementConstraints()));
            if (property.container() == Container.OPTIONAL) {
                type = ParameterizedTypeName.get(ClassName.get(Optional.class), type);
            }
        } else if (!property.elementConstraints().isEmpty()) {
            type = ParameterizedTypeName.get(ClassName.get(Optional.class),
                    property.valueType().annotated(property.elementConstraints()));
        }
        return MethodSpec.methodBuilder("get" + Schemas.capitalized(property.name()))
                .addJavadoc("How Bean Validation sees {@code $N}, with the constraints declared on it.\n", property.name())
                .addModifiers(Modifier.PRIVATE)
                .returns(type)
                .addAnnotations(property.beanConstraints())
                .addStatement("return $N()", property.accessorName())
                .build();
    }
}
