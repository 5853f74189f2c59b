package dev.usageschema.processor.write;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.usageschema.processor.model.Container;
import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import javax.lang.model.element.Modifier;

/**
 * What a model tells a parent that bounds it ({@code @AtMost} on a nested schema): each count above
 * the parent's, at every depth. The model extends the runtime's {@code Counted}, whose protected
 * method this overrides, and the parent asks through {@code NestedCounts}, never naming this
 * schema's counts itself, so a parent compiled against an older version of this schema still checks
 * every count this version has. A nested value of this one is asked with the parent's rule as it
 * is, and its path is made only for a count that breaks it ({@code NestedCounts}).
 */
final class CountedWriter {

    private static final String RULE = "$rule";
    private static final String BOUND = "$bound";

    void write(Schema schema, TypeSpec.Builder model) {
        // An @Addable schema's model has plus and tryPlus from AddableModel, itself a Counted.
        model.superclass(schema.addition().isPresent()
                ? ParameterizedTypeName.get(RuntimeTypes.ADDABLE_MODEL, schema.schemaType(), schema.generatedType())
                : RuntimeTypes.COUNTED);
        MethodSpec.Builder countsAbove = MethodSpec.methodBuilder("$countsAbove")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(RuntimeTypes.VIOLATION_LIST)
                .addParameter(RuntimeTypes.VIOLATION_LIST, Names.FOUND)
                .addParameter(RuntimeTypes.NESTED_BOUND_RULE, RULE)
                .addParameter(TypeName.LONG, BOUND);
        String found = Names.FOUND;
        for (Property property : schema.properties()) {
            if (property.isCount()) {
                // A built model's counts are valid: each is its value when it has one.
                if (property.container() == Container.BOXED) {
                    countsAbove.addStatement("$N = $N.report($N, $N, this.$N, $N)", found, RULE, found,
                            Names.property(property), property.name(), BOUND);
                } else {
                    countsAbove.addStatement("$N = $N.report($N, $N, $L, this.$N, $N)", found, RULE, found,
                            Names.property(property), Presence.hasValue(schema, property, "this"), property.name(), BOUND);
                }
            } else if (property.kind() == Kind.NESTED_LIST) {
                countsAbove.beginControlFlow("if (this.$N != null)", property.name())
                        .addStatement("$N = $T.bound($N, $N, $N, $N, this.$N)", found, RuntimeTypes.NESTED_LISTS,
                                found, RULE, Names.property(property), BOUND, property.name())
                        .endControlFlow();
            } else if (property.kind() == Kind.NESTED) {
                countsAbove.addStatement("$N = $T.above($N, $N, $N, $N, this.$N)", found, RuntimeTypes.NESTED_COUNTS,
                        found, RULE, Names.property(property), BOUND, property.name());
            }
        }
        model.addMethod(countsAbove.addStatement("return $N", found).build());
    }
}
