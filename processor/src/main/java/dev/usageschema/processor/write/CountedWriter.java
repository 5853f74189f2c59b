package dev.usageschema.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import javax.lang.model.element.Modifier;

/**
 * What a model tells a parent that bounds it ({@code @AtMost} on a nested schema): its largest
 * count, and each count above a bound, at every depth. The model extends the runtime's
 * {@code Counted}, whose protected methods these override, and the parent asks through
 * {@code NestedCounts}, never naming this schema's counts itself, so a parent compiled against an
 * older version of this schema still checks every count this version has.
 */
final class CountedWriter {

    private static final String MAX = "$max";
    private static final String RULE = "$rule";
    private static final String BOUND = "$bound";

    void write(Schema schema, TypeSpec.Builder model) {
        model.superclass(RuntimeTypes.COUNTED);
        MethodSpec.Builder maxCount = MethodSpec.methodBuilder("$maxCount")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(TypeName.LONG)
                .addStatement("long $N = $T.ABSENT", MAX, RuntimeTypes.COUNTS);
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
                String count = Names.count(property);
                CodeBlock checked = CountLocals.checked(schema, property, "this");
                countsAbove.addStatement("long $N = $L", count, checked);
                maxCount.addStatement("$N = $T.max($N, $L)", MAX, Math.class, MAX, checked);
                countsAbove.beginControlFlow("if ($N.breaks($N, $N))", RULE, count, BOUND)
                        .addStatement("$N = $T.add($N, $N.violation($N, $N, $N))", found, RuntimeTypes.VIOLATIONS,
                                found, RULE, Names.property(property), count, BOUND)
                        .endControlFlow();
            } else if (property.kind() == Kind.NESTED_LIST) {
                maxCount.beginControlFlow("if (this.$N != null)", property.name())
                        .addStatement("$N = $T.max($N, $T.maxCount(this.$N))", MAX, Math.class, MAX,
                                RuntimeTypes.NESTED_LISTS, property.name())
                        .endControlFlow();
                countsAbove.beginControlFlow("if (this.$N != null)", property.name())
                        .addStatement("$N = $T.bound($N, $N.into($N), $N, this.$N)", found, RuntimeTypes.NESTED_LISTS,
                                found, RULE, Names.property(property), BOUND, property.name())
                        .endControlFlow();
            } else if (property.kind() == Kind.NESTED) {
                maxCount.addStatement("$N = $T.max($N, $T.maxCount(this.$N))", MAX, Math.class, MAX,
                        RuntimeTypes.NESTED_COUNTS, property.name());
                countsAbove.addStatement("$N = $T.above($N, $N.into($N), $N, this.$N)", found, RuntimeTypes.NESTED_COUNTS,
                        found, RULE, Names.property(property), BOUND, property.name());
            }
        }
        model.addMethod(maxCount.addStatement("return $N", MAX).build());
        model.addMethod(countsAbove.addStatement("return $N", found).build());
    }
}
