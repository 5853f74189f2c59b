package dev.usageschema.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
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
 * The model's static checks over a builder's state: {@code violationsOf} runs every check of the
 * schema in property order, and {@code create} and {@code tryCreate} build on it. Static, and fed
 * values rather than the builder, so that the builder does not escape {@code build()}.
 */
final class ChecksWriter {

    static final String VIOLATIONS_OF = "violationsOf";
    static final String CREATE = "create";
    static final String TRY_CREATE = "tryCreate";

    /** The list the checks grow; a reserved property name, so no parameter is called that. */
    private static final String FOUND = ModelWriter.VIOLATIONS;

    void write(Schema schema, TypeSpec.Builder model) {
        model.addMethod(violationsOf(schema));
        model.addMethod(create(schema));
        model.addMethod(tryCreate(schema));
    }

    private static MethodSpec create(Schema schema) {
        return MethodSpec.methodBuilder(CREATE)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(schema.generatedType())
                .addParameters(BuilderState.parameters(schema))
                .addStatement("$T $N = $N($L)", RuntimeTypes.VIOLATION_LIST, FOUND, VIOLATIONS_OF, BuilderState.parameterNames(schema))
                .addStatement("$T.throwOrLog($S, $N)", RuntimeTypes.VIOLATIONS, schema.displayName(), FOUND)
                .addStatement("return new $T($L)", schema.generatedType(), constructorArguments(schema))
                .build();
    }

    private static MethodSpec tryCreate(Schema schema) {
        return MethodSpec.methodBuilder(TRY_CREATE)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(RuntimeTypes.VALIDATED, schema.generatedType()))
                .addParameters(BuilderState.parameters(schema))
                .addStatement("$T $N = $N($L)", RuntimeTypes.VIOLATION_LIST, FOUND, VIOLATIONS_OF, BuilderState.parameterNames(schema))
                .beginControlFlow("if ($T.hasErrors($N))", RuntimeTypes.VIOLATIONS, FOUND)
                .addStatement("return $T.invalid($S, $N)", RuntimeTypes.VALIDATED, schema.displayName(), FOUND)
                .endControlFlow()
                .addStatement("return $T.valid($S, new $T($L), $N)", RuntimeTypes.VALIDATED, schema.displayName(),
                        schema.generatedType(), constructorArguments(schema), FOUND)
                .build();
    }

    /** The state, then the violations found, as the model's constructor takes them. */
    private static CodeBlock constructorArguments(Schema schema) {
        CodeBlock state = BuilderState.parameterNames(schema);
        return state.isEmpty() ? CodeBlock.of("$N", FOUND) : CodeBlock.of("$L, $N", state, FOUND);
    }

    private static MethodSpec violationsOf(Schema schema) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(VIOLATIONS_OF)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(RuntimeTypes.VIOLATION_LIST)
                .addParameters(BuilderState.parameters(schema))
                .addStatement("$T $N = null", RuntimeTypes.VIOLATION_LIST, FOUND);
        CountLocals.declare(schema, schema.properties().stream().filter(Property::isCount).toList(), method);
        for (Property property : schema.properties()) {
            if (property.kind() == Kind.NESTED && hasLiveBound(property)) {
                for (Property count : property.nested().orElseThrow().counts()) {
                    method.addStatement("long $N = $L ? $T.of($N.$N(), $L) : $T.ABSENT", nestedCountOf(property, count),
                            Storage.hasValue(property), RuntimeTypes.COUNTS, property.name(), count.name(),
                            Storage.max(count), RuntimeTypes.COUNTS);
                }
            }
        }
        for (Property property : schema.properties()) {
            presence(schema, property, method);
            if (property.isCount()) {
                method.beginControlFlow("if ($N == $T.INVALID)", CountLocals.countOf(property), RuntimeTypes.COUNTS)
                        .addStatement(add("$T.violation($N, $L, $L)", RuntimeTypes.COUNTS, Constants.property(property),
                                Storage.number(property), Storage.max(property)))
                        .endControlFlow();
            }
            property.sum().ifPresent(sum -> sum(schema, property, sum, method));
            property.bound().filter(bound -> bound.severity() != Severity.OFF)
                    .ifPresent(bound -> bound(schema, property, bound, method));
            if (property.kind() == Kind.NESTED) {
                NestedSchema nested = property.nested().orElseThrow();
                method.beginControlFlow("if ($L && !($N instanceof $T))", Storage.hasValue(property), property.name(),
                                nested.generatedType())
                        .addStatement("$N = $T.addNested($N, $N, $T.check($N))", FOUND, RuntimeTypes.VIOLATIONS, FOUND,
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
            method.beginControlFlow("if ($N)", Storage.nulled(property))
                    .addStatement(add("$T.notNull($N)", RuntimeTypes.VIOLATIONS, constant))
                    .nextControlFlow("else if ($N != null)", property.name())
                    .addStatement("$N = $T.additionalProperties($N, $N, $N, $N)", FOUND, RuntimeTypes.VIOLATIONS, FOUND,
                            constant, property.name(), Constants.DECLARED_WIRE_NAMES)
                    .endControlFlow();
            return;
        }
        if (property.isOptional()) {
            if (!property.nullable()) {
                method.beginControlFlow("if ($N == $T.NULL)", Storage.presence(property), RuntimeTypes.PRESENCE)
                        .addStatement(add("$T.notNull($N)", RuntimeTypes.VIOLATIONS, constant))
                        .endControlFlow();
            }
            return;
        }
        method.beginControlFlow("if (!$N)", Storage.set(property));
        if (property.isDerived()) {
            SumSpec sum = property.sum().orElseThrow();
            method.beginControlFlow("if ($N == $T.ABSENT)", CountLocals.sumOf(property), RuntimeTypes.COUNTS)
                    .addStatement(add("$N.underivable($L)", Constants.sum(property), partCounts(schema, sum)))
                    .endControlFlow();
        } else {
            method.addStatement(add("$T.required($N)", RuntimeTypes.VIOLATIONS, constant));
        }
        if (property.container() != Container.PRIMITIVE && !property.nullable()) {
            method.nextControlFlow("else if ($N == null)", property.name())
                    .addStatement(add("$T.notNull($N)", RuntimeTypes.VIOLATIONS, constant));
        }
        method.endControlFlow();
    }

    private static void sum(Schema schema, Property total, SumSpec sum, MethodSpec.Builder method) {
        String rule = Constants.sum(total);
        method.beginControlFlow("if ($N.breaks($N, $N))", rule, CountLocals.countOf(total), CountLocals.sumOf(total))
                .addStatement(add("$N.violation($N, $N, $L)", rule, CountLocals.countOf(total), CountLocals.sumOf(total),
                        partCounts(schema, sum)))
                .endControlFlow();
    }

    private static void bound(Schema schema, Property bounded, BoundSpec bound, MethodSpec.Builder method) {
        String boundCount = CountLocals.countOf(Schemas.property(schema, bound.bound()));
        if (bounded.kind() != Kind.NESTED) {
            boundCheck(Constants.bound(bounded), CountLocals.countOf(bounded), boundCount, method);
            return;
        }
        for (Property count : bounded.nested().orElseThrow().counts()) {
            boundCheck(Constants.nestedBound(bounded, count), nestedCountOf(bounded, count), boundCount, method);
        }
    }

    private static void boundCheck(String rule, String value, String bound, MethodSpec.Builder method) {
        method.beginControlFlow("if ($N.breaks($N, $N))", rule, value, bound)
                .addStatement(add("$N.violation($N, $N)", rule, value, bound))
                .endControlFlow();
    }

    private static CodeBlock partCounts(Schema schema, SumSpec sum) {
        List<CodeBlock> parts = new ArrayList<>();
        for (String part : sum.parts()) {
            parts.add(CodeBlock.of("$N", CountLocals.countOf(Schemas.property(schema, part))));
        }
        return CodeBlock.join(parts, ", ");
    }

    /** {@code violations = Violations.add(violations, <violation>)} */
    private static CodeBlock add(String violationFormat, Object... arguments) {
        return CodeBlock.of("$N = $T.add($N, $L)", FOUND, RuntimeTypes.VIOLATIONS, FOUND, CodeBlock.of(violationFormat, arguments));
    }

    private static boolean hasLiveBound(Property property) {
        return property.bound().filter(bound -> bound.severity() != Severity.OFF).isPresent();
    }

    private static String nestedCountOf(Property holder, Property count) {
        return holder.name() + Schemas.capitalized(count.name()) + "Count";
    }
}
