package dev.usageschema.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.usageschema.Severity;
import dev.usageschema.processor.model.BoundSpec;
import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.ListSumPart;
import dev.usageschema.processor.model.NestedCountPath;
import dev.usageschema.processor.model.NumberRange;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import dev.usageschema.processor.model.SumSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The static descriptions of a schema's properties and rules, built once per class so that the
 * checks pass references instead of allocating.
 */
final class ConstantsWriter {

    void write(Schema schema, TypeSpec.Builder model) {
        for (Property property : schema.properties()) {
            model.addField(constant(RuntimeTypes.PROPERTY, Names.property(property),
                    CodeBlock.of("$T.of($S, $S)", RuntimeTypes.PROPERTY, property.name(), property.wireName())));
        }
        for (Property property : schema.properties()) {
            property.sum().ifPresent(sum -> model.addField(sumRule(schema, property, sum)));
            property.range().filter(range -> range.constrains(property.numberType()))
                    .ifPresent(range -> model.addField(rangeRule(property, range)));
            property.bounds().stream().filter(bound -> bound.severity() != Severity.OFF)
                    .forEach(bound -> addBounds(schema, property, bound, model));
        }
        if (schema.properties().stream().anyMatch(property -> property.kind() == Kind.ADDITIONAL)) {
            model.addField(declaredWireNames(schema));
        }
    }

    private static FieldSpec sumRule(Schema schema, Property total, SumSpec sum) {
        CodeBlock.Builder rule = CodeBlock.builder().add("$T.severity($T.$N, $L)",
                RuntimeTypes.SUM_RULE, RuntimeTypes.SEVERITY, sum.severity().name(), Storage.max(total));
        if (sum.absentCountsAsZero()) {
            rule.add(".absentCountsAsZero()");
        }
        if (sum.atLeast()) {
            rule.add(".atLeast()");
        }
        if (sum.derive()) {
            rule.add(".derives()");
        }
        List<CodeBlock> properties = new ArrayList<>();
        properties.add(CodeBlock.of("$N", Names.property(total)));
        for (String part : sum.parts()) {
            // A part over a list or in a nested object is named as written, as messages show it.
            properties.add(ListSumPart.of(part).isPresent() || NestedCountPath.of(part).isPresent()
                    ? CodeBlock.of("$T.of($S, $S)", RuntimeTypes.PROPERTY, part, part)
                    : CodeBlock.of("$N", Names.property(Schemas.property(schema, part))));
        }
        rule.add(".of($L)", CodeBlock.join(properties, ", "));
        return constant(RuntimeTypes.SUM_RULE, Names.sumRule(total), rule.build());
    }

    private static FieldSpec rangeRule(Property number, NumberRange range) {
        return constant(RuntimeTypes.NUMBER_RULE, Names.rangeRule(number), CodeBlock.of("$T.of($T.$N, $N, $L, $L, $L, $L)",
                RuntimeTypes.NUMBER_RULE, RuntimeTypes.SEVERITY, range.severity().name(), Names.property(number),
                literal(range.min()), literal(range.max()), range.whole(), range.finite()));
    }

    private static CodeBlock literal(double value) {
        if (Double.isInfinite(value)) {
            return CodeBlock.of("$T.$N", Double.class, value > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY");
        }
        return CodeBlock.of("$L", Double.toString(value));
    }

    private static void addBounds(Schema schema, Property bounded, BoundSpec bound, TypeSpec.Builder model) {
        // A bound in a nested object is named as written, as messages show it.
        CodeBlock boundConstant = NestedCountPath.of(bound.bound()).isPresent()
                ? CodeBlock.of("$T.of($S, $S)", RuntimeTypes.PROPERTY, bound.bound(), bound.bound())
                : CodeBlock.of("$N", Names.property(Schemas.property(schema, bound.bound())));
        if (!bounded.holdsModels()) {
            model.addField(constant(RuntimeTypes.BOUND_RULE, Names.boundRule(bounded, bound),
                    boundRule(bound, CodeBlock.of("$N", Names.property(bounded)), boundConstant)));
            return;
        }
        if (!bound.count().isEmpty()) {
            Property count = bounded.nested().orElseThrow().count(bound.count()).orElseThrow();
            model.addField(constant(RuntimeTypes.BOUND_RULE, Names.boundRule(bounded, bound), boundRule(bound,
                    CodeBlock.of("$T.nested($N, $S, $S)", RuntimeTypes.PROPERTY, Names.property(bounded), count.name(),
                            count.wireName()), boundConstant)));
            return;
        }
        model.addField(constant(RuntimeTypes.NESTED_BOUND_RULE, Names.boundRule(bounded, bound),
                CodeBlock.of("$T.of($T.$N, $N, $L)", RuntimeTypes.NESTED_BOUND_RULE, RuntimeTypes.SEVERITY,
                        bound.severity().name(), Names.property(bounded), boundConstant)));
    }

    private static CodeBlock boundRule(BoundSpec bound, CodeBlock bounded, CodeBlock boundConstant) {
        return CodeBlock.of("$T.of($T.$N, $L, $L)", RuntimeTypes.BOUND_RULE, RuntimeTypes.SEVERITY,
                bound.severity().name(), bounded, boundConstant);
    }

    private static FieldSpec declaredWireNames(Schema schema) {
        List<CodeBlock> names = new ArrayList<>();
        for (Property property : schema.properties()) {
            if (property.kind() != Kind.ADDITIONAL) {
                names.add(CodeBlock.of("$S", property.wireName()));
                property.alternates().forEach(alternate -> names.add(CodeBlock.of("$S", alternate)));
            }
        }
        TypeName setOfStrings = ParameterizedTypeName.get(Set.class, String.class);
        return constant(setOfStrings, Names.DECLARED_WIRE_NAMES,
                CodeBlock.of("$T.of($L)", ClassName.get(Set.class), CodeBlock.join(names, ", ")));
    }

    private static FieldSpec constant(TypeName type, String name, CodeBlock initializer) {
        return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(initializer)
                .build();
    }
}
