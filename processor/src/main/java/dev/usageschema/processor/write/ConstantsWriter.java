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
import java.util.Optional;
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
            if (property.rangeConstrains()) {
                model.addField(rangeRule(property, property.range().orElseThrow()));
            }
            property.bounds().stream().filter(bound -> bound.severity() != Severity.OFF)
                    .forEach(bound -> addBounds(schema, property, bound, model));
        }
        if (schema.properties().stream().anyMatch(property -> property.kind() == Kind.ADDITIONAL)) {
            model.addField(declaredWireNames(schema));
        }
    }

    private static FieldSpec sumRule(Schema schema, Property total, SumSpec sum) {
        // A total in a nested object is that count, named by its path.
        NestedCountPath.Steps nestedTotal = sum.inNested()
                ? NestedCountPath.within(total.name(), sum.count()).resolve(schema.properties()).orElseThrow() : null;
        CodeBlock.Builder rule = CodeBlock.builder().add("$T.severity($T.$N, $L)", RuntimeTypes.SUM_RULE,
                RuntimeTypes.SEVERITY, sum.severity().name(),
                Storage.max(nestedTotal == null ? total : nestedTotal.count()));
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
        properties.add(nestedTotal == null ? CodeBlock.of("$N", Names.property(total))
                : path(total.name() + "." + sum.count(), nestedTotal));
        for (String part : sum.parts()) {
            properties.add(reference(schema, part));
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
        CodeBlock boundConstant = reference(schema, bound.bound());
        if (!bounded.holdsModels()) {
            model.addField(constant(RuntimeTypes.BOUND_RULE, Names.boundRule(bounded, bound),
                    boundRule(bound, CodeBlock.of("$N", Names.property(bounded)), boundConstant)));
            return;
        }
        if (!bound.count().isEmpty() && bounded.kind() == Kind.NESTED) {
            NestedCountPath.Steps steps = NestedCountPath.within(bounded.name(), bound.count())
                    .resolve(schema.properties()).orElseThrow();
            model.addField(constant(RuntimeTypes.BOUND_RULE, Names.boundRule(bounded, bound), boundRule(bound,
                    path(bounded.name() + "." + bound.count(), steps), boundConstant)));
            return;
        }
        if (!bound.count().isEmpty()) {
            // One count of every element: the rule of the list, and that count as its elements name it.
            Property count = bounded.nested().orElseThrow().count(bound.count()).orElseThrow();
            model.addField(constant(RuntimeTypes.PROPERTY, Names.boundCount(bounded, bound),
                    CodeBlock.of("$T.of($S, $S)", RuntimeTypes.PROPERTY, count.name(), count.wireName())));
        }
        model.addField(constant(RuntimeTypes.NESTED_BOUND_RULE, Names.boundRule(bounded, bound),
                CodeBlock.of("$T.of($T.$N, $N, $L)", RuntimeTypes.NESTED_BOUND_RULE, RuntimeTypes.SEVERITY,
                        bound.severity().name(), Names.property(bounded), boundConstant)));
    }

    /**
     * The count a rule names: a property's constant, or, for a count in a nested object or over a
     * list, a property named by the reference as written, as messages show it, at its wire path
     * (the list's, for a count of every element).
     */
    private static CodeBlock reference(Schema schema, String reference) {
        Optional<ListSumPart> listPart = ListSumPart.of(reference);
        if (listPart.isPresent()) {
            return CodeBlock.of("$T.path($S, $S)", RuntimeTypes.PROPERTY, reference,
                    Schemas.property(schema, listPart.get().list()).wireName());
        }
        Optional<NestedCountPath.Steps> steps = NestedCountPath.of(reference)
                .flatMap(path -> path.resolve(schema.properties()));
        return steps.isPresent() ? path(reference, steps.get())
                : CodeBlock.of("$N", Names.property(Schemas.property(schema, reference)));
    }

    /** {@code Property.path("a.b", "a_wire", "b_wire")} */
    static CodeBlock path(String javaPath, NestedCountPath.Steps steps) {
        List<CodeBlock> wireNames = new ArrayList<>();
        steps.holders().forEach(holder -> wireNames.add(CodeBlock.of("$S", holder.wireName())));
        wireNames.add(CodeBlock.of("$S", steps.count().wireName()));
        return CodeBlock.of("$T.path($S, $L)", RuntimeTypes.PROPERTY, javaPath, CodeBlock.join(wireNames, ", "));
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
