package dev.usageschema.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.UsageViolationException;
import dev.usageschema.Violation;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Compiles schemas with the processor, loads what it generated, and exercises it. */
class GeneratedModelTest {

    private static final String CHAT_USAGE = """
            package test;

            import dev.usageschema.*;
            import java.util.*;

            @UsageSchema(naming = WireNaming.SNAKE_CASE)
            public interface ChatUsage extends BaseUsage {
                @Sum({"promptTokens", "completionTokens"})
                long totalTokens();

                @AtMost("promptTokens")
                Optional<PromptDetails> promptTokensDetails();

                @AdditionalProperties
                Map<String, Object> extra();
            }
            """;

    private static final String BASE_USAGE = """
            package test;

            public interface BaseUsage {
                long promptTokens();

                long completionTokens();
            }
            """;

    private static final String PROMPT_DETAILS = """
            package test;

            import dev.usageschema.*;
            import java.util.*;

            @UsageSchema(naming = WireNaming.SNAKE_CASE)
            public interface PromptDetails {
                OptionalLong cachedTokens();

                OptionalLong audioTokens();
            }
            """;

    private static ClassLoader chatUsage() {
        return CompiledSchemas.load("test.ChatUsage", CHAT_USAGE, "test.BaseUsage", BASE_USAGE,
                "test.PromptDetails", PROMPT_DETAILS);
    }

    @Test
    void validValueIsBuiltWithInheritedAccessorsFirst() throws Exception {
        Object usage = ReflectiveBuilder.of(chatUsage(), "test.ImmutableChatUsage")
                .set("promptTokens", 9L).set("completionTokens", 12L).set("totalTokens", 21L)
                .build();

        assertThat(usage.toString()).isEqualTo("ChatUsage{promptTokens=9, completionTokens=12, totalTokens=21, extra={}}");
        assertThat(usage.getClass().getMethod("totalTokens").invoke(usage)).isEqualTo(21L);
    }

    @Test
    void everyViolationIsReportedWithWireAndJavaPaths() {
        ClassLoader loader = chatUsage();
        Object details = ReflectiveBuilder.of(loader, "test.ImmutablePromptDetails")
                .set("cachedTokens", 10L).set("audioTokens", 3L).build();

        UsageViolationException rejected = assertThrows(UsageViolationException.class,
                () -> ReflectiveBuilder.of(loader, "test.ImmutableChatUsage")
                        .set("promptTokens", 9L).set("completionTokens", -1L).set("totalTokens", 21L)
                        .set("promptTokensDetails", details)
                        .call("putExtra", "prompt_tokens", 1)
                        .build());

        assertThat(rejected.violations().stream().map(v -> v.rule() + " " + v.wirePath() + " " + v.propertyPath()).toList())
                .containsExactly(
                        "NON_NEGATIVE /completion_tokens completionTokens",
                        "AT_MOST /prompt_tokens_details/cached_tokens promptTokensDetails.cachedTokens",
                        "ADDITIONAL_PROPERTY /prompt_tokens extra")
                .inOrder();
        Violation bound = rejected.violations().get(1);
        assertThat(bound.actual()).isEqualTo(10L);
        assertThat(bound.expected()).isEqualTo("<= 9 (promptTokens)");
    }

    @Test
    void sumsThatOverflowAreViolationsNeverWrappedNumbers() {
        List<Violation> violations = ReflectiveBuilder.of(chatUsage(), "test.ImmutableChatUsage")
                .set("promptTokens", Long.MAX_VALUE).set("completionTokens", 1L).set("totalTokens", Long.MIN_VALUE)
                .violations();

        assertThat(violations.stream().map(Violation::rule).toList()).containsExactly(Rule.NON_NEGATIVE);

        List<Violation> overflow = ReflectiveBuilder.of(chatUsage(), "test.ImmutableChatUsage")
                .set("promptTokens", Long.MAX_VALUE).set("completionTokens", 1L).set("totalTokens", 0L)
                .violations();
        assertThat(overflow.stream().map(Violation::rule).toList()).containsExactly(Rule.OVERFLOW);
        assertThat(overflow.get(0).message()).contains("overflows");
    }

    private static final String ALL_TYPES = """
            package test;

            import dev.usageschema.*;
            import java.util.*;

            @UsageSchema
            public interface AllTypes {
                int a();
                long b();
                double c();
                Integer d();
                Long e();
                Double f();
                OptionalInt g();
                OptionalLong h();
                OptionalDouble i();
                @Int32 long j();
                @NotACount double seconds();
                @Nullable Long k();
                @Nullable OptionalLong l();
                String model();
                Optional<String> tier();
                boolean cached();
            }
            """;

    @Test
    void everyCountTypeIsCheckedAndEveryFlagKept() {
        ClassLoader loader = CompiledSchemas.load("test.AllTypes", ALL_TYPES);
        List<Violation> violations = ReflectiveBuilder.of(loader, "test.ImmutableAllTypes")
                .set("a", -1).set("b", -1L).set("c", 0.5).set("d", -1).set("e", null).set("f", Double.NaN)
                .set("g", -1).set("h", -1L).set("i", 1e300).set("j", 1L << 40).set("seconds", -0.25)
                .set("k", null).set("l", (Object) null).set("model", null).set("tier", (String) null)
                .set("cached", true)
                .violations();

        assertThat(violations.stream().map(v -> v.propertyPath() + " " + v.rule()).toList()).containsExactly(
                "a NON_NEGATIVE", "b NON_NEGATIVE", "c WHOLE_NUMBER", "d NON_NEGATIVE", "e NOT_NULL", "f FINITE",
                "g NON_NEGATIVE", "h NON_NEGATIVE", "i EXACT_RANGE", "j INT32_RANGE", "model NOT_NULL", "tier NOT_NULL")
                .inOrder();
    }

    @Test
    void optionalAndNullableAreIndependentAndPreserved() throws Exception {
        ClassLoader loader = CompiledSchemas.load("test.AllTypes", ALL_TYPES);
        ReflectiveBuilder builder = ReflectiveBuilder.of(loader, "test.ImmutableAllTypes")
                .set("a", 1).set("b", 1L).set("c", 1.0).set("d", 1).set("e", 1L).set("f", 1.0)
                .set("j", 1L).set("seconds", -0.25).set("k", null).set("model", "m").set("cached", false);
        Object absent = builder.build();
        Object explicitNull = builder.set("l", (Object) null).build();
        Object present = builder.set("l", OptionalLong.of(4)).set("tier", "flex").build();

        assertThat(absent.getClass().getMethod("l").invoke(absent)).isEqualTo(OptionalLong.empty());
        assertThat(explicitNull.getClass().getMethod("l").invoke(explicitNull)).isNull();
        assertThat(present.getClass().getMethod("l").invoke(present)).isEqualTo(OptionalLong.of(4));
        assertThat(present.getClass().getMethod("tier").invoke(present)).isEqualTo(Optional.of("flex"));
        assertThat(absent.getClass().getMethod("k").invoke(absent)).isNull();
        assertThat(absent.getClass().getMethod("g").invoke(absent)).isEqualTo(OptionalInt.empty());
        assertThat(absent.getClass().getMethod("i").invoke(absent)).isEqualTo(OptionalDouble.empty());
        assertThat(absent).isNotEqualTo(explicitNull);
        assertThat(explicitNull).isNotEqualTo(present);
        assertThat(explicitNull.toString()).contains("l=null");
    }

    @Test
    void requiredIsReportedForEveryMissingPropertyButNotForOptionalOnes() {
        List<Violation> violations = ReflectiveBuilder.of(CompiledSchemas.load("test.AllTypes", ALL_TYPES), "test.ImmutableAllTypes")
                .violations();

        assertThat(violations.stream().map(Violation::propertyPath).toList()).containsExactly(
                "a", "b", "c", "d", "e", "f", "j", "seconds", "k", "model", "cached").inOrder();
        assertThat(violations.stream().map(Violation::rule).distinct().toList()).containsExactly(Rule.REQUIRED);
    }

    @Test
    void nestedSchemasWorkAtAnyDepth() {
        ClassLoader loader = CompiledSchemas.load(
                "test.Outer", """
                        package test;
                        import dev.usageschema.*;
                        @UsageSchema public interface Outer { long total(); @AtMost("total") Middle middle(); }
                        """,
                "test.Middle", """
                        package test;
                        import dev.usageschema.*;
                        @UsageSchema public interface Middle { long count(); Inner inner(); }
                        """,
                "test.Inner", """
                        package test;
                        import dev.usageschema.*;
                        @UsageSchema(naming = WireNaming.SNAKE_CASE) public interface Inner { long deepCount(); }
                        """);
        Object inner = ReflectiveBuilder.of(loader, "test.ImmutableInner").set("deepCount", 1L).build();
        Object middle = ReflectiveBuilder.of(loader, "test.ImmutableMiddle").set("count", 6L).set("inner", inner).build();

        List<Violation> violations = ReflectiveBuilder.of(loader, "test.ImmutableOuter")
                .set("total", 5L).set("middle", middle).violations();

        assertThat(violations.stream().map(v -> v.wirePath() + " " + v.message()).toList())
                .containsExactly("/middle/count count 6 > total 5");
        assertThat(ReflectiveBuilder.of(loader, "test.ImmutableMiddle").set("count", 6L).set("inner", null)
                .violations().get(0).wirePath()).isEqualTo("/inner");
    }

    @Test
    void severityIsSetPerSchemaAndOverriddenPerInvariant() {
        ClassLoader loader = CompiledSchemas.load("test.Lenient", """
                package test;
                import dev.usageschema.*;
                @UsageSchema(severity = Severity.WARNING)
                public interface Lenient {
                    long prompt();
                    long completion();
                    @Sum({"prompt", "completion"}) long total();
                    @AtMost(value = "completion", severity = Severity.ERROR) long reasoning();
                    @AtMost(value = "prompt", severity = Severity.OFF) long cached();
                }
                """);
        ReflectiveBuilder builder = ReflectiveBuilder.of(loader, "test.ImmutableLenient")
                .set("prompt", 1L).set("completion", 2L).set("total", 4L).set("reasoning", 2L).set("cached", 100L);

        assertThat(builder.violations().stream().map(Violation::severity).toList()).containsExactly(Severity.WARNING);
        assertThat(builder.build()).isNotNull();

        List<Violation> error = builder.set("reasoning", 3L).violations();
        assertThat(error.stream().map(v -> v.rule() + " " + v.severity()).toList())
                .containsExactly("SUM WARNING", "AT_MOST ERROR").inOrder();
        assertThrows(UsageViolationException.class, builder::build);
    }

    @Test
    void derivedTotalsAreFilledInAndCountAbsentPartsAsZeroWhenTold() throws Exception {
        ClassLoader loader = CompiledSchemas.load("test.Derived", """
                package test;
                import dev.usageschema.*;
                import java.util.*;
                @UsageSchema
                public interface Derived {
                    int input();
                    OptionalInt cacheRead();
                    @Sum(value = {"input", "cacheRead"}, whenAbsent = AbsentParts.COUNT_AS_ZERO, derive = true)
                    int total();
                    @Sum(value = {"input", "cacheRead"}, derive = true)
                    OptionalLong strictTotal();
                }
                """);
        Object value = ReflectiveBuilder.of(loader, "test.ImmutableDerived").set("input", 7).build();
        assertThat(value.getClass().getMethod("total").invoke(value)).isEqualTo(7);
        assertThat(value.getClass().getMethod("strictTotal").invoke(value)).isEqualTo(OptionalLong.empty());

        List<Violation> tooBig = ReflectiveBuilder.of(loader, "test.ImmutableDerived")
                .set("input", Integer.MAX_VALUE).set("cacheRead", 1).violations();
        assertThat(tooBig.stream().map(v -> v.rule() + " " + v.propertyPath()).toList()).containsExactly("OVERFLOW total");
    }

    @Test
    void propertiesNamedLikeTheGeneratedCodesOwnVariablesAreNotShadowed() {
        ClassLoader loader = CompiledSchemas.load("test.Shadowing", """
                package test;
                import dev.usageschema.*;
                import java.util.*;
                @UsageSchema
                public interface Shadowing {
                    long other();
                    long that();
                    long h();
                    long sum();
                    OptionalLong value();
                    String text();
                    @Sum({"other", "that", "h"}) long found();
                    @AdditionalProperties Map<String, Object> warnings();
                }
                """);
        ReflectiveBuilder builder = ReflectiveBuilder.of(loader, "test.ImmutableShadowing")
                .set("other", 1L).set("that", 2L).set("h", 3L).set("sum", 4L).set("value", 5L).set("text", "t")
                .set("found", 6L);
        Object first = builder.build();
        Object second = builder.set("other", 0L).set("that", 3L).build();

        assertThat(first.toString()).isEqualTo("Shadowing{other=1, that=2, h=3, sum=4, value=5, text=\"t\", found=6, warnings={}}");
        assertThat(first).isNotEqualTo(second);
        assertThat(first.hashCode()).isNotEqualTo(second.hashCode());
        assertThat(builder.set("found", 7L).violations().stream().map(Violation::rule).toList()).containsExactly(Rule.SUM);
    }

    @Test
    void accessorsInheritedFromAGenericInterfaceTakeTheTypeTheSchemaGivesThem() {
        ClassLoader loader = CompiledSchemas.load(
                "test.Counted", """
                        package test;
                        public interface Counted<T> { T tokens(); }
                        """,
                "test.Concrete", """
                        package test;
                        import dev.usageschema.*;
                        @UsageSchema public interface Concrete extends Counted<Long> { }
                        """);

        List<Violation> violations = ReflectiveBuilder.of(loader, "test.ImmutableConcrete").set("tokens", -1L).violations();

        assertThat(violations.stream().map(v -> v.rule() + " " + v.propertyPath()).toList())
                .containsExactly("NON_NEGATIVE tokens");
    }
}
