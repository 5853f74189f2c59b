package dev.usageschema.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.usageschema.processor.model.AdditionSpec;
import dev.usageschema.processor.model.Container;
import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.MergeSpec;
import dev.usageschema.processor.model.NestedSchema;
import dev.usageschema.processor.model.NumberType;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The addition of an {@code @Addable} schema: {@code adder()}, the {@code $adder()} through which the
 * runtime's {@code AddableModel} gives {@code plus} and {@code tryPlus}, and the private {@code $add}
 * that walks the properties. The sum starts as the first value's builder, and
 * each property the second value changes is set on it directly (builder and model are nestmates),
 * so a property costs a few lines and the runtime's {@code Adding} decides the rest.
 */
final class AdditionWriter {

    private static final String FIRST = "a";
    private static final String SECOND = "b";
    private static final String SUM = "$sum";
    private static final String ADDING = "$adding";
    private static final String ADDER = "$ADDER";
    private static final String OUTER = "$outer";

    void write(Schema schema, TypeSpec.Builder model) {
        if (schema.addition().isEmpty()) {
            return;
        }
        AdditionSpec addition = schema.addition().get();
        ClassName generated = schema.generatedType();
        TypeName adderType = ParameterizedTypeName.get(RuntimeTypes.ADDER, schema.schemaType(), generated);
        TypeName validated = ParameterizedTypeName.get(RuntimeTypes.VALIDATED, generated);
        model.addField(FieldSpec.builder(adderType, ADDER, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($S, $T.class, $L,$Wvalue -> builder().from(value).tryBuild(),$W$T::$N)",
                        RuntimeTypes.ADDER, schema.displayName(), generated, addition.streams().isEmpty() ? CodeBlock.of("null")
                                : CodeBlock.of("$T.$N", RuntimeTypes.STREAM_STYLE, addition.streams().get(0).name()),
                        generated, "$add")
                .build());
        model.addMethod(MethodSpec.methodBuilder("adder")
                .addJavadoc("{@return how values add up: {@code plus}, and totals that keep bad values apart}\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(adderType)
                .addStatement("return $N", ADDER)
                .build());
        model.addMethod(MethodSpec.methodBuilder("$adder")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(adderType)
                .addStatement("return $N", ADDER)
                .build());
        model.addMethod(add(schema, addition, validated));
    }

    /** Private: the schemas that nest this one add through {@code adder()}, which holds it. */
    private static MethodSpec add(Schema schema, AdditionSpec addition, TypeName validated) {
        ClassName builderType = schema.generatedType().nestedClass("Builder");
        MethodSpec.Builder add = MethodSpec.methodBuilder("$add")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(validated)
                .addParameter(schema.generatedType(), FIRST)
                .addParameter(schema.generatedType(), SECOND)
                .addParameter(RuntimeTypes.ADDING, ADDING)
                .addStatement("$T $N = $N.absent($T.$N)", RuntimeTypes.ABSENT_IN_SUM, OUTER, ADDING,
                        RuntimeTypes.ABSENT_IN_SUM, addition.absent().name())
                .addStatement("$T $N = $N.toBuilder()", builderType, SUM, FIRST);
        for (Property property : schema.properties()) {
            if (property.isDerived()) {
                // Added as given (toBuilder() may have left it to be derived); in a cumulative stream derived again.
                add.beginControlFlow("if ($N.derivesAgain())", ADDING);
                Presence.setState(schema, property, SUM, false).forEach(add::addStatement);
                add.nextControlFlow("else")
                        .addCode(added(schema, property))
                        .endControlFlow();
            } else {
                add.addCode(property.merge().map(merge -> merged(schema, property, merge))
                        .orElseGet(() -> added(schema, property)));
            }
        }
        return add.addStatement("$N.absent($N)", ADDING, OUTER)
                .addStatement("return $N.tryBuild()", SUM)
                .build();
    }

    /** A count, a nested schema or a list of them by key, or a number (exact or not) under {@code @Merge(ADD)}. */
    private static CodeBlock added(Schema schema, Property property) {
        CodeBlock sum;
        if (property.kind() == Kind.NESTED) {
            ClassName nested = property.nested().orElseThrow().generatedType();
            sum = CodeBlock.of("$T.adder().add(($T) $N.$N,$W($T) $N.$N,$W$N, $N)", nested, nested, FIRST, property.name(),
                    nested, SECOND, property.name(), ADDING, Names.property(property));
        } else if (property.kind() == Kind.NESTED_LIST) {
            NestedSchema nested = property.nested().orElseThrow();
            String key = nested.property(property.unique().orElseThrow().key()).orElseThrow().accessorName();
            sum = CodeBlock.of("$N.byKey($N, $N.$N, $N.$N, $T.adder(), $T::$N)", ADDING, Names.property(property), FIRST,
                    property.name(), SECOND, property.name(), nested.generatedType(), nested.schemaType(), key);
        } else if (property.isExactNumber()) {
            sum = CodeBlock.of("$N.$N($N, $N.$N, $N.$N)", ADDING, property.isDecimal() ? "addDecimal" : "addInteger",
                    Names.property(property), FIRST, property.name(), SECOND, property.name());
        } else {
            CodeBlock call = property.isCount()
                    ? CodeBlock.of("$N.add($N, $L, $L$L)", ADDING, Names.property(property),
                            Storage.number(property, FIRST), Storage.number(property, SECOND), Storage.maxArgument(property))
                    : property.numberType() == NumberType.DOUBLE
                            ? CodeBlock.of("$N.addNumber($N, $L, $L)", ADDING, Names.property(property),
                                    Storage.number(property, FIRST), Storage.number(property, SECOND))
                            : CodeBlock.of("$N.addNumber($N, $L, $L, $L)", ADDING, Names.property(property),
                                    Storage.number(property, FIRST), Storage.number(property, SECOND),
                                    property.numberType() == NumberType.INT ? "Integer.MIN_VALUE, Integer.MAX_VALUE"
                                            : "Long.MIN_VALUE, Long.MAX_VALUE");
            sum = property.numberType() == NumberType.INT ? CodeBlock.of("(int) $L", call) : call;
        }
        boolean nullAddsNothing = property.nullable() && schema.addition().orElseThrow().nullAddsNothing();
        CodeBlock.Builder code = CodeBlock.builder()
                .beginControlFlow("switch ($N.$N($N, $L, $L, $L, $L))", ADDING,
                        nullAddsNothing ? "combineNullAsNothing" : "combine", Names.property(property),
                        Presence.given(schema, property, FIRST), isNull(schema, property, FIRST),
                        Presence.given(schema, property, SECOND), isNull(schema, property, SECOND))
                .add(sumCase(schema, property, sum));
        if (nullAddsNothing) {
            // The second's value, or its null beside the first's absence: its whole state.
            code.add("case $T.SECOND -> {\n$>", RuntimeTypes.ADDING).add(copySecond(schema, property)).add("$<}\n");
        } else {
            // Only the second gives a value: its setter sets it, given and not null.
            code.addStatement("case $T.SECOND -> $N.$N($N.$N)", RuntimeTypes.ADDING, SUM, property.name(), SECOND,
                    property.name());
        }
        return code.endControlFlow().build();
    }

    /** The sum onto the first value's; a derived total's given bit too, which {@code toBuilder()} may have cleared. */
    private static CodeBlock sumCase(Schema schema, Property property, CodeBlock sum) {
        if (!property.isDerived()) {
            return CodeBlock.builder().addStatement("case $T.SUM -> $N.$N = $L", RuntimeTypes.ADDING, SUM, property.name(),
                    sum).build();
        }
        CodeBlock.Builder block = CodeBlock.builder().add("case $T.SUM -> {\n$>", RuntimeTypes.ADDING)
                .addStatement("$N.$N = $L", SUM, property.name(), sum);
        Presence.setState(schema, property, SUM, true).forEach(block::addStatement);
        return block.add("$<}\n").build();
    }

    private static CodeBlock merged(Schema schema, Property property, MergeSpec merge) {
        return switch (merge.rule()) {
            case AGREE -> CodeBlock.builder()
                    .beginControlFlow("if ($N.agree($N, $L, $L, $L, $L))", ADDING, Names.property(property),
                            Presence.given(schema, property, FIRST), value(schema, property, FIRST),
                            Presence.given(schema, property, SECOND), value(schema, property, SECOND))
                    .add(copySecond(schema, property))
                    .endControlFlow()
                    .build();
            case FIRST -> CodeBlock.builder()
                    .beginControlFlow("if ($L && $L)", Presence.notGiven(schema, property, FIRST),
                            Presence.given(schema, property, SECOND))
                    .add(copySecond(schema, property))
                    .endControlFlow()
                    .build();
            case LAST -> CodeBlock.builder()
                    .beginControlFlow("if ($L)", Presence.given(schema, property, SECOND))
                    .add(copySecond(schema, property))
                    .endControlFlow()
                    .build();
            case DROP -> property.kind() == Kind.ADDITIONAL
                    ? CodeBlock.builder().addStatement("$N.$N($T.of())", SUM, property.name(), Map.class).build()
                    : dropped(schema, property);
            case ADD -> added(schema, property);
        };
    }

    /** The property made absent on the sum: no value, neither given nor null. */
    private static CodeBlock dropped(Schema schema, Property property) {
        CodeBlock.Builder drop = CodeBlock.builder()
                .addStatement("$N.$N = $L", SUM, property.name(), Storage.emptyValue(property));
        Presence.setState(schema, property, SUM, false).forEach(drop::addStatement);
        return drop.build();
    }

    /** Whether {@code owner} gives the property as an explicit {@code null}; meaningful when it gives it. */
    private static CodeBlock isNull(Schema schema, Property property, String owner) {
        if (Presence.usesNullBit(property)) {
            return Presence.givenNull(schema, property, owner);
        }
        return property.container() == Container.PRIMITIVE ? CodeBlock.of("false")
                : CodeBlock.of("$N.$N == null", owner, property.name());
    }

    /** The property's value in {@code owner}, {@code null} for an explicit null, for a comparison. */
    private static CodeBlock value(Schema schema, Property property, String owner) {
        if (property.container() == Container.OPTIONAL_PRIMITIVE) {
            return CodeBlock.of("$L ? null : ($T) $N.$N", Presence.givenNull(schema, property, owner),
                    property.valueType().box(), owner, property.name());
        }
        return CodeBlock.of("$N.$N", owner, property.name());
    }

    /** The second value's state of the property, value and given and null bits, onto the sum. */
    private static CodeBlock copySecond(Schema schema, Property property) {
        CodeBlock.Builder copy = CodeBlock.builder()
                .addStatement("$N.$N = $N.$N", SUM, property.name(), SECOND, property.name());
        copyBits(copy, Presence.givenWord(schema, property), Presence.bit(schema, property));
        if (Presence.usesNullBit(property)) {
            copyBits(copy, Presence.nullWord(schema, property), Presence.nullBit(schema, property));
        }
        return copy.build();
    }

    private static void copyBits(CodeBlock.Builder copy, String word, String bit) {
        copy.addStatement("$N.$N = $N.$N & ~$L | $N.$N & $L", SUM, word, SUM, word, bit, SECOND, word, bit);
    }
}
