package dev.usageschema.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.usageschema.Severity;
import dev.usageschema.processor.model.BoundSpec;
import dev.usageschema.processor.model.Container;
import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.NestedCountPath;
import dev.usageschema.processor.model.NestedSchema;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import dev.usageschema.processor.model.SumSpec;
import dev.usageschema.processor.model.UniqueSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The model's {@code $check()}: every rule of the schema, in property order, over what the model
 * holds, and {@code violations()} on top of it when a built value can have warnings. {@code build()} runs it on the object it is about
 * to return, so that what is checked is exactly what is stored.
 */
final class ChecksWriter {

    private static final String OWNER = "this";

    void write(Schema schema, TypeSpec.Builder model) {
        model.addMethod(check(schema));
        if (canWarn(schema)) {
            model.addMethod(MethodSpec.methodBuilder("violations")
                    .addJavadoc("{@return the warnings of this value, in property order: a built value has no errors}\n")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(RuntimeTypes.VIOLATION_LIST)
                    .addStatement("return $T.done($N(null))", RuntimeTypes.VIOLATIONS, Names.CHECK)
                    .build());
        }
        // Else every rule is an error (or off) and a built value has none: Counted's violations() is
        // empty, and a parent asking a nested value for its warnings does not run its checks again.
    }

    /**
     * Whether a built value can have violations: a rule of severity {@code WARNING}, or a nested
     * value, whose own schema decides whether it can warn.
     */
    private static boolean canWarn(Schema schema) {
        for (Property property : schema.properties()) {
            boolean warns = property.holdsModels()
                    || property.sum().filter(sum -> sum.severity() == Severity.WARNING).isPresent()
                    || property.bounds().stream().anyMatch(bound -> bound.severity() == Severity.WARNING)
                    || property.range().filter(range -> range.severity() == Severity.WARNING).isPresent()
                    || property.unique().filter(unique -> unique.severity() == Severity.WARNING).isPresent();
            if (warns) {
                return true;
            }
        }
        return false;
    }

    private static MethodSpec check(Schema schema) {
        // Counted's: the builder's build() calls it on the model it made, with what making it rejected
        // (null for a schema without nested values), which the rules' violations follow.
        MethodSpec.Builder method = MethodSpec.methodBuilder(Names.CHECK)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(RuntimeTypes.VIOLATION_LIST)
                .addParameter(RuntimeTypes.VIOLATION_LIST, Names.REJECTED)
                .addStatement("$T $N = $T.addAll(null, $N)", RuntimeTypes.VIOLATION_LIST, Names.FOUND,
                        RuntimeTypes.VIOLATIONS, Names.REJECTED);
        CountLocals.declareForChecks(schema, OWNER, method);
        for (Property property : schema.properties()) {
            if (isPlainRequiredCount(property)) {
                // Its checked count is negative only when it was never given or is invalid: one test for both.
                method.addStatement("$N = $T.reportRequired($N, $N, $N, this.$N$L)", Names.FOUND, RuntimeTypes.COUNTS,
                        Names.FOUND, Names.property(property), Names.count(property), property.name(),
                        Storage.maxArgument(property));
            } else {
                presence(schema, property, method);
                if (property.isCount()) {
                    // A boxed count goes as it is: it is read only when invalid, so never when null.
                    method.addStatement("$N = $T.reportInvalid($N, $N, $N, this.$N$L)", Names.FOUND,
                            RuntimeTypes.COUNTS, Names.FOUND, Names.property(property), Names.count(property),
                            property.name(), Storage.maxArgument(property));
                }
            }
            property.sum().ifPresent(sum -> sum(schema, property, sum, method));
            if (property.rangeConstrains()) {
                method.beginControlFlow("if ($L && $N.breaks($L))", Presence.hasValue(schema, property, OWNER),
                                Names.rangeRule(property), Storage.number(property, OWNER))
                        .addStatement(add("$N.violation($L)", Names.rangeRule(property), Storage.number(property, OWNER)))
                        .endControlFlow();
            }
            property.bounds().stream().filter(bound -> bound.severity() != Severity.OFF)
                    .forEach(bound -> bound(schema, property, bound, method));
            if (property.kind() == Kind.NESTED) {
                NestedSchema nested = property.nested().orElseThrow();
                method.addStatement("$N = $T.reportWarnings($N, $N, $T.class, this.$N)", Names.FOUND,
                        RuntimeTypes.NESTED_VALUES, Names.FOUND, Names.property(property), nested.generatedType(),
                        property.name());
            }
            if (property.kind() == Kind.NESTED_LIST) {
                method.beginControlFlow("if (this.$N != null)", property.name())
                        .addStatement("$N = $T.elements($N, $N, this.$N)", Names.FOUND, RuntimeTypes.VIOLATIONS,
                                Names.FOUND, Names.property(property), property.name())
                        .addStatement("$N = $T.addElements($N, $N, this.$N, $T.class)", Names.FOUND,
                                RuntimeTypes.NESTED_LISTS, Names.FOUND, Names.property(property), property.name(),
                                property.nested().orElseThrow().generatedType());
                property.unique().filter(unique -> unique.severity() != Severity.OFF)
                        .ifPresent(unique -> unique(property, unique, method));
                method.endControlFlow();
            }
            if (Storage.isCollection(property)) {
                method.beginControlFlow("if (this.$N != null)", property.name())
                        .addStatement("$N = $T.elements($N, $N, this.$N)", Names.FOUND, RuntimeTypes.VIOLATIONS,
                                Names.FOUND, Names.property(property), property.name())
                        .endControlFlow();
            }
        }
        return method.addStatement("return $N", Names.FOUND).build();
    }

    /** No two elements of the list with the same key. */
    private static void unique(Property list, UniqueSpec unique, MethodSpec.Builder method) {
        NestedSchema element = list.nested().orElseThrow();
        Property key = element.property(unique.key()).orElseThrow();
        method.addStatement("$N = $T.unique($N, $N, this.$N, $T.class, $N -> $N.$N(), $S, $S, $T.$N)", Names.FOUND,
                RuntimeTypes.NESTED_LISTS, Names.FOUND, Names.property(list), list.name(), element.generatedType(),
                Names.ELEMENT, Names.ELEMENT, key.accessorName(), key.name(), key.wireName(), RuntimeTypes.SEVERITY,
                unique.severity().name());
    }

    /** Required, derivable and not-null checks. */
    /** A count held in a primitive that must be given and is not derived: neither null nor optional. */
    private static boolean isPlainRequiredCount(Property property) {
        return property.isCount() && property.container() == Container.PRIMITIVE && !property.isDerived();
    }

    private static void presence(Schema schema, Property property, MethodSpec.Builder method) {
        String constant = Names.property(property);
        if (property.kind() == Kind.ADDITIONAL) {
            method.addStatement("$N = $T.reportNull($N, $L, $N)", Names.FOUND, RuntimeTypes.VIOLATIONS, Names.FOUND,
                            Presence.givenNull(schema, property, OWNER), constant)
                    .addStatement("$N = $T.additionalProperties($N, $N, this.$N, $N)", Names.FOUND, RuntimeTypes.VIOLATIONS,
                            Names.FOUND, constant, property.name(), Names.DECLARED_WIRE_NAMES)
                    .addStatement("$N = $T.jsonValues($N, $N, this.$N)", Names.FOUND, RuntimeTypes.VIOLATIONS,
                            Names.FOUND, constant, property.name());
            return;
        }
        if (property.isOptional()) {
            if (!property.nullable()) {
                CodeBlock givenNull = property.container() == Container.OPTIONAL_PRIMITIVE
                        ? Presence.givenNull(schema, property, OWNER)
                        : CodeBlock.of("$L && this.$N == null", Presence.given(schema, property, OWNER), property.name());
                method.addStatement("$N = $T.reportNull($N, $L, $N)", Names.FOUND, RuntimeTypes.VIOLATIONS, Names.FOUND,
                        givenNull, constant);
            }
            return;
        }
        method.beginControlFlow("if ($L)", Presence.notGiven(schema, property, OWNER));
        if (property.isDerived()) {
            SumSpec sum = property.sum().orElseThrow();
            method.beginControlFlow("if ($N == $T.ABSENT)", Names.parts(property), RuntimeTypes.COUNTS)
                    .addStatement(add("$N.underivable($L)", Names.sumRule(property), partCounts(schema, property, sum)))
                    .endControlFlow();
        } else {
            method.addStatement(add("$T.required($N)", RuntimeTypes.VIOLATIONS, constant));
        }
        if (property.container() != Container.PRIMITIVE && !property.nullable()) {
            method.nextControlFlow("else if (this.$N == null)", property.name())
                    .addStatement(add("$T.notNull($N)", RuntimeTypes.VIOLATIONS, constant));
        }
        method.endControlFlow();
    }

    private static void sum(Schema schema, Property total, SumSpec sum, MethodSpec.Builder method) {
        String rule = Names.sumRule(total);
        // Where no part can be absent beside a given one, the parts given are all the parts.
        String given = CountLocals.checksGivenParts(sum) ? Names.givenParts(total) : Names.parts(total);
        method.beginControlFlow("if ($N.breaks($N, $N, $N))", rule, Names.count(total), Names.parts(total), given)
                .addStatement(add("$N.violation($N, $N, $N, $L)", rule, Names.count(total), Names.parts(total), given,
                        partCounts(schema, total, sum)))
                .endControlFlow();
    }

    private static void bound(Schema schema, Property bounded, BoundSpec bound, MethodSpec.Builder method) {
        Optional<NestedCountPath> path = NestedCountPath.of(bound.bound());
        String boundCount = path.isPresent()
                ? Names.boundRule(bounded, bound) + "$" + Names.path(path.get())
                : Names.count(Schemas.property(schema, bound.bound()));
        path.ifPresent(nestedCount -> CountLocals.declareNestedCount(schema, boundCount, nestedCount, OWNER, method));
        String rule = Names.boundRule(bounded, bound);
        if (!bounded.holdsModels()) {
            boundCheck(rule, Names.count(bounded), boundCount, method);
            return;
        }
        if (!bound.count().isEmpty() && bounded.kind() == Kind.NESTED_LIST) {
            NestedSchema element = bounded.nested().orElseThrow();
            method.beginControlFlow("if (this.$N != null)", bounded.name())
                    .addStatement("$N = $T.boundEach($N, $N, $N, $N, this.$N, $T.class, $N -> $L)", Names.FOUND,
                            RuntimeTypes.NESTED_LISTS, Names.FOUND, rule, Names.boundCount(bounded, bound), boundCount,
                            bounded.name(), element.generatedType(), Names.ELEMENT,
                            CountLocals.countOf(CodeBlock.of("$N", Names.ELEMENT),
                                    element.count(bound.count()).orElseThrow()))
                    .endControlFlow();
            return;
        }
        if (!bound.count().isEmpty()) {
            String value = rule + "$" + Names.path(NestedCountPath.within(bounded.name(), bound.count()));
            CountLocals.declareNestedCount(schema, value, NestedCountPath.within(bounded.name(), bound.count()), OWNER,
                    method);
            boundCheck(rule, value, boundCount, method);
            return;
        }
        if (bounded.kind() == Kind.NESTED_LIST) {
            method.beginControlFlow("if (this.$N != null)", bounded.name())
                    .addStatement("$N = $T.bound($N, $N, $N, this.$N)", Names.FOUND, RuntimeTypes.NESTED_LISTS,
                            Names.FOUND, rule, boundCount, bounded.name())
                    .endControlFlow();
            return;
        }
        // The nested model reports its own counts, at every depth; see CountedWriter.
        method.addStatement("$N = $T.above($N, $N, $N, this.$N)", Names.FOUND, RuntimeTypes.NESTED_COUNTS, Names.FOUND,
                rule, boundCount, bounded.name());
    }

    private static void boundCheck(String rule, String value, String bound, MethodSpec.Builder method) {
        method.addStatement("$N = $N.report($N, $N, $N)", Names.FOUND, rule, Names.FOUND, value, bound);
    }

    private static CodeBlock partCounts(Schema schema, Property total, SumSpec sum) {
        List<CodeBlock> parts = new ArrayList<>();
        for (String part : sum.parts()) {
            parts.add(CodeBlock.of("$N", Names.partCount(schema, total, part)));
        }
        return CodeBlock.join(parts, ", ");
    }

    /** {@code $found = Violations.add($found, <violation>)} */
    private static CodeBlock add(String violationFormat, Object... arguments) {
        return CodeBlock.of("$N = $T.add($N, $L)", Names.FOUND, RuntimeTypes.VIOLATIONS, Names.FOUND,
                CodeBlock.of(violationFormat, arguments));
    }
}
