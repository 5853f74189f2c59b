package dev.usageschema.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.usageschema.Severity;
import dev.usageschema.processor.model.BoundSpec;
import dev.usageschema.processor.model.Container;
import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.NestedSchema;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import dev.usageschema.processor.model.SumSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The builder's {@code violations()}: every check of the schema over what the builder holds, in
 * property order, with helpers that turn each count into a checked {@code long}
 * ({@code dev.usageschema.runtime.Counts}).
 */
final class ChecksWriter {

    private static final String FOUND = "found";

    void write(Schema schema, TypeSpec.Builder builder) {
        for (Property property : schema.properties()) {
            if (property.isCount()) {
                builder.addMethod(countHelper(property));
            }
            if (property.isDerived()) {
                builder.addMethod(derivesHelper(property));
            }
            property.sum().ifPresent(sum -> builder.addMethod(sumHelper(schema, property, sum)));
            if (property.kind() == Kind.NESTED && hasLiveBound(property)) {
                for (Property count : property.nested().orElseThrow().counts()) {
                    builder.addMethod(nestedCountHelper(property, count));
                }
            }
        }
        builder.addMethod(violations(schema));
    }

    /** {@code xCount()}: the checked count, or {@code Counts.ABSENT}; a derived one when not given. */
    private static MethodSpec countHelper(Property property) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(countOf(property))
                .addModifiers(Modifier.PRIVATE)
                .returns(TypeName.LONG);
        CodeBlock checked = CodeBlock.of("$T.of($L, $L)", RuntimeTypes.COUNTS, Storage.number(property), Storage.max(property));
        if (property.isDerived()) {
            method.beginControlFlow("if ($L)", Storage.hasValue(property))
                    .addStatement("return $L", checked)
                    .endControlFlow()
                    .addStatement("return $L ? $N.derived($N()) : $T.ABSENT", Storage.notGiven(property),
                            Constants.sum(property), sumOf(property), RuntimeTypes.COUNTS);
        } else {
            method.addStatement("return $L ? $L : $T.ABSENT", Storage.hasValue(property), checked, RuntimeTypes.COUNTS);
        }
        return method.build();
    }

    /** {@code xIsDerived()}: whether the model fills {@code x} in from its parts. */
    private static MethodSpec derivesHelper(Property property) {
        return MethodSpec.methodBuilder(derivesOf(property))
                .addModifiers(Modifier.PRIVATE)
                .returns(TypeName.BOOLEAN)
                .addStatement("return $L && $N() >= 0", Storage.notGiven(property), countOf(property))
                .build();
    }

    /** {@code xSum()}: the checked sum of the parts of {@code x}. */
    private static MethodSpec sumHelper(Schema schema, Property total, SumSpec sum) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(sumOf(total))
                .addModifiers(Modifier.PRIVATE)
                .returns(TypeName.LONG)
                .addStatement("long sum = 0");
        for (String part : sum.parts()) {
            method.addStatement("sum = $N.add(sum, $N())", Constants.sum(total), countOf(Schemas.property(schema, part)));
        }
        return method.addStatement("return sum").build();
    }

    /** A count of a nested object, read through the nested schema's accessor. */
    private static MethodSpec nestedCountHelper(Property holder, Property count) {
        return MethodSpec.methodBuilder(nestedCountOf(holder, count))
                .addModifiers(Modifier.PRIVATE)
                .returns(TypeName.LONG)
                .addStatement("return $L ? $T.of(this.$N.$N(), $L) : $T.ABSENT", Storage.hasValue(holder),
                        RuntimeTypes.COUNTS, holder.name(), count.name(), Storage.max(count), RuntimeTypes.COUNTS)
                .build();
    }

    private static MethodSpec violations(Schema schema) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("violations")
                .addJavadoc("Every violation the value would have, errors and warnings, in property order;\n"
                        + "empty when it is valid. Never throws.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.VIOLATION_LIST)
                .addStatement("$T $N = null", RuntimeTypes.VIOLATION_LIST, FOUND);
        for (Property property : schema.properties()) {
            presence(schema, property, method);
            if (property.isCount()) {
                method.beginControlFlow("if ($L && $T.of($L, $L) == $T.INVALID)", Storage.hasValue(property),
                                RuntimeTypes.COUNTS, Storage.number(property), Storage.max(property), RuntimeTypes.COUNTS)
                        .addStatement(add("$T.violation($N, $L, $L)", RuntimeTypes.COUNTS, Constants.property(property),
                                Storage.number(property), Storage.max(property)))
                        .endControlFlow();
            }
            property.sum().ifPresent(sum -> sum(schema, property, sum, method));
            property.bound().filter(bound -> bound.severity() != Severity.OFF)
                    .ifPresent(bound -> bound(schema, property, bound, method));
            if (property.kind() == Kind.NESTED) {
                NestedSchema nested = property.nested().orElseThrow();
                method.beginControlFlow("if ($L && !(this.$N instanceof $T))", Storage.hasValue(property), property.name(),
                                nested.generatedType())
                        .addStatement("$N = $T.addNested($N, $N, $T.check(this.$N))", FOUND, RuntimeTypes.VIOLATIONS, FOUND,
                                Constants.property(property), nested.generatedType(), property.name())
                        .endControlFlow();
            }
        }
        return method.addStatement("return $T.done($N)", RuntimeTypes.VIOLATIONS, FOUND).build();
    }

    /** Required, derivable and not-null checks. */
    private static void presence(Schema schema, Property property, MethodSpec.Builder method) {
        String constant = Constants.property(property);
        if (property.kind() == Kind.ADDITIONAL) {
            method.beginControlFlow("if (this.$N)", Storage.nulled(property))
                    .addStatement(add("$T.notNull($N)", RuntimeTypes.VIOLATIONS, constant))
                    .nextControlFlow("else if (this.$N != null)", property.name())
                    .addStatement("$N = $T.additionalProperties($N, $N, this.$N, $N)", FOUND, RuntimeTypes.VIOLATIONS, FOUND,
                            constant, property.name(), Constants.DECLARED_WIRE_NAMES)
                    .endControlFlow();
            return;
        }
        if (property.isOptional()) {
            if (!property.nullable()) {
                method.beginControlFlow("if (this.$N == $T.NULL)", Storage.presence(property), RuntimeTypes.PRESENCE)
                        .addStatement(add("$T.notNull($N)", RuntimeTypes.VIOLATIONS, constant))
                        .endControlFlow();
            }
            return;
        }
        method.beginControlFlow("if (!this.$N)", Storage.set(property));
        if (property.isDerived()) {
            SumSpec sum = property.sum().orElseThrow();
            method.beginControlFlow("if ($N() == $T.ABSENT)", sumOf(property), RuntimeTypes.COUNTS)
                    .addStatement(add("$N.underivable($L)", Constants.sum(property), partCounts(schema, sum)))
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
        String rule = Constants.sum(total);
        String local = sumOf(total);
        method.addStatement("long $N = $N()", local, local)
                .beginControlFlow("if ($N.breaks($N(), $N))", rule, countOf(total), local)
                .addStatement(add("$N.violation($N(), $N, $L)", rule, countOf(total), local, partCounts(schema, sum)))
                .endControlFlow();
    }

    private static void bound(Schema schema, Property bounded, BoundSpec bound, MethodSpec.Builder method) {
        String boundCount = countOf(Schemas.property(schema, bound.bound()));
        if (bounded.kind() != Kind.NESTED) {
            boundCheck(Constants.bound(bounded), countOf(bounded), boundCount, method);
            return;
        }
        for (Property count : bounded.nested().orElseThrow().counts()) {
            boundCheck(Constants.nestedBound(bounded, count), nestedCountOf(bounded, count), boundCount, method);
        }
    }

    private static void boundCheck(String rule, String valueHelper, String boundHelper, MethodSpec.Builder method) {
        method.beginControlFlow("if ($N.breaks($N(), $N()))", rule, valueHelper, boundHelper)
                .addStatement(add("$N.violation($N(), $N())", rule, valueHelper, boundHelper))
                .endControlFlow();
    }

    private static CodeBlock partCounts(Schema schema, SumSpec sum) {
        List<CodeBlock> parts = new ArrayList<>();
        for (String part : sum.parts()) {
            parts.add(CodeBlock.of("$N()", countOf(Schemas.property(schema, part))));
        }
        return CodeBlock.join(parts, ", ");
    }

    /** {@code found = Violations.add(found, <violation>)} */
    private static CodeBlock add(String violationFormat, Object... arguments) {
        return CodeBlock.of("$N = $T.add($N, $L)", FOUND, RuntimeTypes.VIOLATIONS, FOUND, CodeBlock.of(violationFormat, arguments));
    }

    private static boolean hasLiveBound(Property property) {
        return property.bound().filter(bound -> bound.severity() != Severity.OFF).isPresent();
    }

    static String countOf(Property property) {
        return property.name() + "Count";
    }

    static String derivesOf(Property property) {
        return property.name() + "IsDerived";
    }

    static String sumOf(Property property) {
        return property.name() + "Sum";
    }

    private static String nestedCountOf(Property holder, Property count) {
        return holder.name() + Schemas.capitalized(count.name()) + "Count";
    }
}
