package dev.usageschema.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
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
        if (property.sum().isPresent()) {
            method.addStatement("long $N = $L", sumOf(property), sum(schema, property, property.sum().get()));
        }
        if (property.isDerived()) {
            method.addStatement("long $N = $L ? $L : $L ? $N.derived($N) : $T.ABSENT", countOf(property),
                    Storage.hasValue(property), checked, Storage.notGiven(property), Constants.sum(property),
                    sumOf(property), RuntimeTypes.COUNTS);
        } else {
            method.addStatement("long $N = $L ? $L : $T.ABSENT", countOf(property), Storage.hasValue(property), checked,
                    RuntimeTypes.COUNTS);
        }
    }

    /** {@code SUM_OF_TOTAL.add(SUM_OF_TOTAL.add(0, promptCount), completionCount)} */
    private static CodeBlock sum(Schema schema, Property total, SumSpec sum) {
        CodeBlock running = CodeBlock.of("0");
        for (String part : sum.parts()) {
            running = CodeBlock.of("$N.add($L, $N)", Constants.sum(total), running, countOf(Schemas.property(schema, part)));
        }
        return running;
    }
}
