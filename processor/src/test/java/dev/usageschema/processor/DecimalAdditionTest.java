package dev.usageschema.processor;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.sum.Total;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code @Merge(ADD)} on an exact decimal ({@code @NotACount BigDecimal}, a provider's cost): added
 * exactly, with no overflow and no binary rounding, as a cumulative stream replaces it.
 */
class DecimalAdditionTest {

    private static final String CALL = """
            package test;

            import dev.usageschema.*;
            import java.math.BigDecimal;
            import java.util.*;

            @Addable
            @UsageSchema
            public interface Call {
                long tokens();

                @NotACount
                @Merge(MergeRule.ADD)
                Optional<BigDecimal> cost();
            }
            """;

    private static Object call(ClassLoader loader, String cost) {
        ReflectiveBuilder call = ReflectiveBuilder.of(loader, "test.ImmutableCall").set("tokens", 10L);
        if (cost != null) {
            call.set("cost", new BigDecimal(cost));
        }
        return call.build();
    }

    private static Validated<?> plus(Object first, Object second) throws Exception {
        // tryPlus is AddableModel's, which takes the schema erased to Object.
        Method plus = first.getClass().getMethod("tryPlus", Object.class);
        return (Validated<?>) plus.invoke(first, second);
    }

    private static Object cost(Object call) throws Exception {
        return ((Optional<?>) call.getClass().getMethod("cost").invoke(call)).orElse(null);
    }

    @Test
    void aDecimalThatAddsUpCompilesAndIsAddedExactly() throws Exception {
        ClassLoader loader = CompiledSchemas.load("test.Call", CALL);
        Object once = call(loader, "0.000582");

        Object twice = plus(once, once).orElseThrow();
        Object thrice = plus(twice, once).orElseThrow();

        // As doubles, 0.000582 * 3 is 0.0017460000000000001.
        assertThat(cost(thrice)).isEqualTo(new BigDecimal("0.001746"));
        assertThat(thrice.getClass().getMethod("tokens").invoke(thrice)).isEqualTo(30L);
    }

    @Test
    void aDecimalHasNoOverflowAndAnAbsentOneAddsNothing() throws Exception {
        ClassLoader loader = CompiledSchemas.load("test.Call", CALL);
        String huge = "1" + "0".repeat(40) + ".5";

        Object sum = plus(call(loader, huge), call(loader, huge)).orElseThrow();
        Object withAbsent = plus(call(loader, null), call(loader, "2.50")).orElseThrow();

        assertThat(cost(sum)).isEqualTo(new BigDecimal("2" + "0".repeat(39) + "1.0"));
        assertThat(cost(withAbsent)).isEqualTo(new BigDecimal("2.50"));
        assertThat(cost(plus(call(loader, null), call(loader, null)).orElseThrow())).isNull();
    }

    @Test
    void aCumulativeStreamsLaterDecimalReplacesTheEarlierAndMayNotGoDown() throws Exception {
        ClassLoader loader = CompiledSchemas.load("test.Call", CALL.replace("@Addable", "@Addable(stream = StreamStyle.CUMULATIVE)"));
        Object adder = loader.loadClass("test.ImmutableCall").getMethod("adder").invoke(null);
        Object stream = adder.getClass().getMethod("newStream").invoke(adder);
        Method chunk = stream.getClass().getMethod("chunk", Object.class);
        chunk.setAccessible(true);
        chunk.invoke(stream, call(loader, "0.5"));
        chunk.invoke(stream, call(loader, "0.25"));
        Method finish = stream.getClass().getMethod("finish");
        finish.setAccessible(true);

        Validated<?> usage = ((Total<?, ?>) finish.invoke(stream)).allOrNothing();

        List<Violation> violations = usage.violations();
        assertThat(violations.stream().map(violation -> violation.rule() + " " + violation.wirePath()).toList())
                .containsExactly("COUNT_DECREASED /1/cost");
    }

    @Test
    void addingAnythingElseThatIsNotANumberIsStillAnError() {
        Compilation compilation = CompiledSchemas.compile("test.Call", CALL.replace("Optional<BigDecimal> cost()",
                "Optional<String> cost()").replace("@NotACount\n", ""));

        assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
        assertThat(compilation.errors().get(0).getMessage(null)).contains("[UsageSchemaMerge] @Merge(ADD) adds a number"
                + " that is not a count, and cost is not a number");
    }
}
