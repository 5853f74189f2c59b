package dev.usageschema.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.usageschema.processor.model.Container;
import dev.usageschema.processor.model.ListSumPart;
import dev.usageschema.processor.model.NestedSchema;
import dev.usageschema.processor.model.NestedCountPath;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import dev.usageschema.processor.model.SumSpec;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a count is checked: declares, over a builder's or a model's state, a checked count per
 * count property ({@code promptTokens$count}, a {@link dev.usageschema.runtime.Counts} value) and
 * the running sum of each {@code @Sum}'s parts ({@code totalTokens$parts}), parts before totals,
 * so that a derived total can be the part of another sum. For the checks, a sum that is skipped
 * while a part is absent also gets the sum of the parts given ({@code totalTokens$given}), which
 * the total may not be below.
 */
final class CountLocals {

    private CountLocals() {
    }

    /** Declares the locals of {@code wanted} and of everything their sums need, reading {@code owner}. */
    static void declare(Schema schema, List<Property> wanted, String owner, MethodSpec.Builder method) {
        declare(schema, wanted, owner, false, method);
    }

    /**
     * Declares the locals of every count and every sum, the sums of the parts given included, and
     * then those of the totals that lie in nested objects ({@code @Sum(count = ...)} on a nested
     * schema), whose parts are counts of the schema.
     */
    static void declareForChecks(Schema schema, String owner, MethodSpec.Builder method) {
        declare(schema, schema.properties().stream().filter(Property::isCount).toList(), owner, true, method);
        for (Property holder : schema.properties()) {
            holder.sum().filter(SumSpec::inNested).ifPresent(sum -> {
                declareNestedCount(schema, Names.count(holder), NestedCountPath.within(holder.name(), sum.count()),
                        owner, method);
                declareSum(schema, holder, sum, owner, true, method);
            });
        }
    }

    /**
     * Whether the checks need the sum of the parts given beside the sum of all parts: only when the
     * rule is skipped while a part is absent and a part can be absent beside another that is given
     * (two parts or more, or the counts of a list's elements).
     */
    static boolean checksGivenParts(SumSpec sum) {
        return !sum.absentCountsAsZero()
                && (sum.parts().size() > 1 || sum.parts().stream().anyMatch(part -> ListSumPart.of(part).isPresent()));
    }

    private static void declare(Schema schema, List<Property> wanted, String owner, boolean forChecks,
            MethodSpec.Builder method) {
        Set<Property> ordered = new LinkedHashSet<>();
        for (Property property : wanted) {
            visit(schema, property, ordered);
        }
        for (Property property : ordered) {
            declare(schema, property, owner, forChecks, method);
        }
    }

    /** The properties the model fills in from their parts. */
    static List<Property> derivedProperties(Schema schema) {
        return schema.properties().stream().filter(Property::isDerived).toList();
    }

    private static void visit(Schema schema, Property property, Set<Property> ordered) {
        if (ordered.contains(property)) {
            return;
        }
        property.sum().ifPresent(sum -> sum.parts().stream()
                .filter(part -> ListSumPart.of(part).isEmpty() && NestedCountPath.of(part).isEmpty())
                .forEach(part -> visit(schema, Schemas.property(schema, part), ordered)));
        ordered.add(property);
    }

    private static void declare(Schema schema, Property property, String owner, boolean forChecks,
            MethodSpec.Builder method) {
        CodeBlock checked = CodeBlock.of("$T.of($L, $L)", RuntimeTypes.COUNTS, Storage.number(property, owner),
                Storage.max(property));
        CodeBlock hasValue = Presence.hasValue(schema, property, owner);
        property.sum().ifPresent(sum -> declareSum(schema, property, sum, owner, forChecks, method));
        if (property.isDerived() && property.container() == Container.PRIMITIVE) {
            // Given or not are the only two states of a primitive.
            method.addStatement("long $N = $L ? $L : $N.derived($N)", Names.count(property), hasValue, checked,
                    Names.sumRule(property), Names.parts(property));
        } else if (property.isDerived()) {
            method.addStatement("long $N = $L ? $L : $L ? $N.derived($N) : $T.ABSENT", Names.count(property),
                    hasValue, checked, Presence.notGiven(schema, property, owner), Names.sumRule(property),
                    Names.parts(property), RuntimeTypes.COUNTS);
        } else {
            method.addStatement("long $N = $L", Names.count(property), checked(schema, property, owner));
        }
    }

    /** A count as checked: its value when valid, else a {@link dev.usageschema.runtime.Counts} marker. */
    static CodeBlock checked(Schema schema, Property property, String owner) {
        if (property.container() == Container.PRIMITIVE || property.container() == Container.OPTIONAL_PRIMITIVE) {
            return CodeBlock.of("$T.of($L, $L$L)", RuntimeTypes.COUNTS, Presence.hasValue(schema, property, owner),
                    Storage.number(property, owner), Storage.maxArgument(property));
        }
        // A count held in an object is read only when it is there.
        return CodeBlock.of("$L ? $T.of($L, $L) : $T.ABSENT", Presence.hasValue(schema, property, owner),
                RuntimeTypes.COUNTS, Storage.number(property, owner), Storage.max(property), RuntimeTypes.COUNTS);
    }

    /**
     * {@code long total$parts = total$sum.add(0, prompt$count); total$parts = total$sum.add(total$parts, ...); ...}
     * (a sum names one part at least), and
     * for the checks {@code total$given} the same way with {@code addGiven}, where it is needed.
     */
    private static void declareSum(Schema schema, Property total, SumSpec sum, String owner, boolean forChecks,
            MethodSpec.Builder method) {
        boolean given = forChecks && checksGivenParts(sum);
        for (String part : sum.parts()) {
            ListSumPart.of(part).ifPresent(listPart -> declareListPart(schema, total, listPart, owner, given, method));
            NestedCountPath.of(part).ifPresent(nestedPart -> declareNestedPart(schema, total, nestedPart, owner, method));
        }
        runningSum(method, Names.parts(total), Names.sumRule(total), "add",
                sum.parts().stream().map(part -> Names.partCount(schema, total, part)).toList());
        if (given) {
            runningSum(method, Names.givenParts(total), Names.sumRule(total), "addGiven", sum.parts().stream()
                    .map(part -> ListSumPart.of(part).isPresent()
                            ? Names.givenPartCount(schema, total, part) : Names.partCount(schema, total, part))
                    .toList());
        }
    }

    /** {@code long local = rule.adding(0, first); local = rule.adding(local, next); ...} */
    private static void runningSum(MethodSpec.Builder method, String local, String rule, String adding,
            List<String> parts) {
        method.addStatement("long $N = $N.$N(0, $N)", local, rule, adding, parts.get(0));
        for (String part : parts.subList(1, parts.size())) {
            method.addStatement("$N = $N.$N($N, $N)", local, rule, adding, local, part);
        }
    }

    /**
     * A count of a nested object, read from the nested schema's model: absent when the object is,
     * invalid when it is a value that was rejected.
     */
    private static void declareNestedPart(Schema schema, Property total, NestedCountPath part, String owner,
            MethodSpec.Builder method) {
        declareNestedCount(schema, Names.partCount(schema, total, part.toString()), part, owner, method);
    }

    /**
     * {@code local}, the checked count at {@code path}; see {@link #declareNestedPart}. Deeper than
     * one level, each object on the way is a local ({@code local$2}), null once one is absent; only
     * the first can be a rejected value, since a model holds valid nested models only.
     */
    static void declareNestedCount(Schema schema, String local, NestedCountPath path, String owner,
            MethodSpec.Builder method) {
        NestedCountPath.Steps steps = path.resolve(schema.properties()).orElseThrow();
        Property first = steps.holders().get(0);
        ClassName firstModel = first.nested().orElseThrow().generatedType();
        if (steps.holders().size() == 1) {
            method.addStatement("long $N = $L.$N == null ? $T.ABSENT : $L.$N instanceof $T ? $L : $T.INVALID", local,
                    owner, first.name(), RuntimeTypes.COUNTS, owner, first.name(), firstModel,
                    countOf(CodeBlock.of("$L.$N", owner, first.name()), steps.count()), RuntimeTypes.COUNTS);
            return;
        }
        String outer = local + "$1";
        method.addStatement("$T $N = $L.$N", first.nested().orElseThrow().schemaType(), outer, owner, first.name());
        CodeBlock.Builder value = CodeBlock.builder().add("$N == null ? $T.ABSENT : !($N instanceof $T) ? $T.INVALID",
                outer, RuntimeTypes.COUNTS, outer, firstModel, RuntimeTypes.COUNTS);
        String previous = outer;
        for (int level = 1; level < steps.holders().size(); level++) {
            Property holder = steps.holders().get(level);
            String inner = local + "$" + (level + 1);
            CodeBlock read = CodeBlock.of(holder.isOptional() ? "$N.$N().orElse(null)" : "$N.$N()", previous,
                    holder.accessorName());
            method.addStatement("$T $N = $L ? $L : null", holder.nested().orElseThrow().schemaType(), inner,
                    level == 1 ? CodeBlock.of("$N instanceof $T", previous, firstModel) : CodeBlock.of("$N != null", previous),
                    read);
            value.add(" : $N == null ? $T.ABSENT", inner, RuntimeTypes.COUNTS);
            previous = inner;
        }
        method.addStatement("long $N = $L : $L", local, value.build(), countOf(CodeBlock.of("$N", previous), steps.count()));
    }

    /** {@code Counts.of(model.count(), max)}, the checked count read through the schema's accessor. */
    static CodeBlock countOf(CodeBlock model, Property count) {
        return CodeBlock.of("$T.of($L.$N(), $L)", RuntimeTypes.COUNTS, model, count.accessorName(), Storage.max(count));
    }

    /**
     * The counts of every element of a list added with the total's rule, so that an absent count,
     * an invalid one and an overflow mean what they mean for any part. An element that is not the
     * element schema's model (a null, or a value that was rejected) makes the part invalid. With
     * {@code given}, the counts the elements give are added too, as {@code addGiven} adds parts.
     */
    private static void declareListPart(Schema schema, Property total, ListSumPart part, String owner, boolean given,
            MethodSpec.Builder method) {
        Property list = Schemas.property(schema, part.list());
        NestedSchema element = list.nested().orElseThrow();
        Property count = element.count(part.count()).orElseThrow();
        String partName = part.list() + "[]." + part.count();
        String local = Names.partCount(schema, total, partName);
        String givenLocal = Names.givenPartCount(schema, total, partName);
        method.addStatement("long $N = $L.$N == null ? $T.ABSENT : 0", local, owner, list.name(), RuntimeTypes.COUNTS);
        if (given) {
            method.addStatement("long $N = $N", givenLocal, local);
        }
        method.beginControlFlow("if ($L.$N != null)", owner, list.name())
                .beginControlFlow("for ($T $N : $L.$N)", element.schemaType(), Names.ELEMENT, owner, list.name())
                .addStatement("long $N = $N instanceof $T ? $T.of($N.$N(), $L) : $T.INVALID", Names.ELEMENT_COUNT,
                        Names.ELEMENT, element.generatedType(), RuntimeTypes.COUNTS, Names.ELEMENT, count.accessorName(),
                        Storage.max(count), RuntimeTypes.COUNTS)
                .addStatement("$N = $N.add($N, $N)", local, Names.sumRule(total), local, Names.ELEMENT_COUNT);
        if (given) {
            method.addStatement("$N = $N.addGiven($N, $N)", givenLocal, Names.sumRule(total), givenLocal,
                    Names.ELEMENT_COUNT);
        }
        method.endControlFlow().endControlFlow();
    }
}
