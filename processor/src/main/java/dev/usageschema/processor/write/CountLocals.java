package dev.usageschema.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.usageschema.processor.model.Container;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import dev.usageschema.processor.model.SumSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Declares, from the builder's state, a checked count per count property ({@code promptTokensCount},
 * a {@link dev.usageschema.runtime.Counts} value) and a sum per {@code @Sum} ({@code totalTokensSum}),
 * parts before totals, so that a derived total can be the part of another sum.
 */
final class CountLocals {

    private CountLocals() {
    }

    static String countOf(Property property) {
        return property.name() + "Count";
    }

    static String sumOf(Property property) {
        return property.name() + "Sum";
    }

    /** Declares the locals of {@code wanted} and of everything their sums need. */
    static void declare(Schema schema, List<Property> wanted, MethodSpec.Builder method) {
        Set<Property> ordered = new LinkedHashSet<>();
        for (Property property : wanted) {
            visit(schema, property, ordered);
        }
        for (Property property : ordered) {
            declare(schema, property, method);
        }
    }

    /** The properties the model fills in from their parts. */
    static List<Property> derivedProperties(Schema schema) {
        List<Property> derived = new ArrayList<>();
        for (Property property : schema.properties()) {
            if (property.isDerived()) {
                derived.add(property);
            }
        }
        return derived;
    }

    private static void visit(Schema schema, Property property, Set<Property> ordered) {
        if (ordered.contains(property)) {
            return;
        }
        property.sum().ifPresent(sum -> sum.parts().forEach(part -> visit(schema, Schemas.property(schema, part), ordered)));
        ordered.add(property);
    }

    private static void declare(Schema schema, Property property, MethodSpec.Builder method) {
        CodeBlock checked = CodeBlock.of("$T.of($L, $L)", RuntimeTypes.COUNTS, Storage.number(property), Storage.max(property));
        property.sum().ifPresent(sum -> declareSum(schema, property, sum, method));
        if (property.isDerived() && property.container() == Container.PRIMITIVE) {
            // Set or not given are the only two states of a primitive.
            method.addStatement("long $N = $L ? $L : $N.derived($N)", countOf(property), Storage.hasValue(property),
                    checked, Constants.sum(property), sumOf(property));
        } else if (property.isDerived()) {
            method.addStatement("long $N = $L ? $L : $L ? $N.derived($N) : $T.ABSENT", countOf(property),
                    Storage.hasValue(property), checked, Storage.notGiven(property), Constants.sum(property),
                    sumOf(property), RuntimeTypes.COUNTS);
        } else {
            method.addStatement("long $N = $L ? $L : $T.ABSENT", countOf(property), Storage.hasValue(property), checked,
                    RuntimeTypes.COUNTS);
        }
    }

    /** {@code long totalSum = 0; totalSum = SUM_OF_TOTAL.add(totalSum, promptCount); ...} */
    private static void declareSum(Schema schema, Property total, SumSpec sum, MethodSpec.Builder method) {
        method.addStatement("long $N = 0", sumOf(total));
        for (String part : sum.parts()) {
            method.addStatement("$N = $N.add($N, $N)", sumOf(total), Constants.sum(total), sumOf(total),
                    countOf(Schemas.property(schema, part)));
        }
    }
}
