package dev.usageschema.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.usageschema.Violation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Schemas whose accessors are all JavaBeans getters ({@code getPromptTokens()}) name their
 * properties without the prefix, as AutoValue does; one accessor of another form keeps every name whole.
 */
class BeanAccessorsTest {

    private static final String HEADER = "package test;\nimport dev.usageschema.*;\nimport java.util.*;\n";

    private static final String BEAN_USAGE = HEADER + """
            @UsageSchema(naming = WireNaming.SNAKE_CASE)
            public interface BeanUsage {
                long getPromptTokens();

                long getCompletionTokens();

                @Sum({"promptTokens", "completionTokens"})
                long getTotalTokens();
            }
            """;

    private static List<String> describe(List<Violation> violations) {
        return violations.stream().map(v -> v.rule() + " " + v.wirePath() + " " + v.propertyPath()).toList();
    }

    private static List<String> methodNames(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).map(Method::getName).sorted().distinct().toList();
    }

    @Test
    void gettersNamePropertiesWithoutTheirPrefix() throws Exception {
        ClassLoader loader = CompiledSchemas.load("test.BeanUsage", BEAN_USAGE);

        Object usage = ReflectiveBuilder.of(loader, "test.ImmutableBeanUsage")
                .set("promptTokens", 9L).set("completionTokens", 12L).set("totalTokens", 21L)
                .build();

        assertThat(usage.getClass().getMethod("getPromptTokens").invoke(usage)).isEqualTo(9L);
        assertThat(usage.getClass().getMethod("getTotalTokens").invoke(usage)).isEqualTo(21L);
        assertThat(usage.toString()).isEqualTo("BeanUsage{promptTokens=9, completionTokens=12, totalTokens=21}");
        assertThat(methodNames(usage.getClass().getMethod("toBuilder").getReturnType())).containsAtLeast("promptTokens", "totalTokens");
        Object copy = ReflectiveBuilder.of(loader, "test.ImmutableBeanUsage").call("from", usage).build();
        assertThat(copy).isEqualTo(usage);
    }

    @Test
    void aWrongTotalIsAViolationAtTheWireNameOfTheStrippedName() {
        ClassLoader loader = CompiledSchemas.load("test.BeanUsage", BEAN_USAGE);

        List<Violation> violations = ReflectiveBuilder.of(loader, "test.ImmutableBeanUsage")
                .set("promptTokens", 9L).set("completionTokens", 12L).set("totalTokens", 20L)
                .violations();

        assertThat(describe(violations)).containsExactly("SUM /total_tokens totalTokens");
    }

    @Test
    void isPrefixesABooleanAndTwoLeadingCapitalsStay() throws Exception {
        ClassLoader loader = CompiledSchemas.load("test.Flags", HEADER + """
                @UsageSchema(naming = WireNaming.SNAKE_CASE)
                public interface Flags {
                    boolean isCached();

                    OptionalLong getInputTokens();

                    String getHTTPStatus();
                }
                """);

        Object flags = ReflectiveBuilder.of(loader, "test.ImmutableFlags")
                .set("cached", true).set("inputTokens", 3L).set("HTTPStatus", "ok")
                .build();

        assertThat(flags.toString()).isEqualTo("Flags{cached=true, inputTokens=3, HTTPStatus=\"ok\"}");
        assertThat(flags.getClass().getMethod("isCached").invoke(flags)).isEqualTo(true);
        assertThat(flags.getClass().getMethod("getInputTokens").invoke(flags)).isEqualTo(OptionalLong.of(3));
        List<Violation> missing = ReflectiveBuilder.of(loader, "test.ImmutableFlags").violations();
        assertThat(describe(missing)).containsExactly("REQUIRED /cached cached", "REQUIRED /http_status HTTPStatus");
    }

    @Test
    void oneAccessorOfAnotherFormKeepsEveryNameWhole() {
        ClassLoader loader = CompiledSchemas.load("test.MixedUsage", HEADER + """
                @UsageSchema(naming = WireNaming.SNAKE_CASE)
                public interface MixedUsage {
                    long getPromptTokens();

                    long completionTokens();

                    @Sum({"getPromptTokens", "completionTokens"})
                    long getTotalTokens();
                }
                """);

        List<Violation> violations = ReflectiveBuilder.of(loader, "test.ImmutableMixedUsage")
                .set("getPromptTokens", 9L).set("completionTokens", 12L).set("getTotalTokens", 20L)
                .violations();

        assertThat(describe(violations)).containsExactly("SUM /get_total_tokens getTotalTokens");
    }

    @Test
    void isOnANonBooleanOrABoxedBooleanIsNoGetter() {
        ClassLoader loader = CompiledSchemas.load("test.IsUsage", HEADER + """
                @UsageSchema(naming = WireNaming.SNAKE_CASE)
                public interface IsUsage {
                    long getPromptTokens();

                    Boolean isCached();
                }
                """);

        assertThat(describe(ReflectiveBuilder.of(loader, "test.ImmutableIsUsage").violations()))
                .containsExactly("REQUIRED /get_prompt_tokens getPromptTokens", "REQUIRED /is_cached isCached");
    }

    @Test
    void prefixesStayWhenRemovingThemWouldCollideOrLeaveAKeyword() {
        ClassLoader collision = CompiledSchemas.load("test.Twice", HEADER + """
                @UsageSchema
                public interface Twice {
                    long getCached();

                    boolean isCached();
                }
                """);
        ClassLoader keyword = CompiledSchemas.load("test.Keyword", HEADER + """
                @UsageSchema
                public interface Keyword {
                    long getPromptTokens();

                    String getDefault();
                }
                """);

        assertThat(describe(ReflectiveBuilder.of(collision, "test.ImmutableTwice").violations()))
                .containsExactly("REQUIRED /getCached getCached", "REQUIRED /isCached isCached");
        assertThat(describe(ReflectiveBuilder.of(keyword, "test.ImmutableKeyword").violations()))
                .containsExactly("REQUIRED /getPromptTokens getPromptTokens", "REQUIRED /getDefault getDefault");
    }

    @Test
    void inheritedAccessorsCountTowardsEveryAccessorBeingAGetter() {
        ClassLoader loader = CompiledSchemas.load("test.Derived", HEADER + """
                interface Base {
                    long getPromptTokens();
                }
                @UsageSchema(naming = WireNaming.SNAKE_CASE)
                public interface Derived extends Base {
                    @AtMost("promptTokens")
                    long getCachedTokens();
                }
                """);

        List<Violation> violations = ReflectiveBuilder.of(loader, "test.ImmutableDerived")
                .set("promptTokens", 1L).set("cachedTokens", 2L).violations();

        assertThat(describe(violations)).containsExactly("AT_MOST /cached_tokens cachedTokens");
    }

    @Test
    void sumPartsNameTheStrippedNames() {
        Compilation compilation = CompiledSchemas.compile("test.Bad", HEADER + """
                @UsageSchema
                public interface Bad {
                    long getPromptTokens();

                    @Sum({"getPromptTokens"})
                    long getTotalTokens();
                }
                """);

        assertThat(compilation).hadErrorContaining(
                "@Sum on totalTokens names 'getPromptTokens', which is not a property of Bad; its counts are"
                        + " promptTokens, totalTokens");
    }

    @Test
    void aSumPartThatCouldNotBeReadIsNotReportedAgainUnderItsStrippedName() {
        Compilation compilation = CompiledSchemas.compile("test.Bad", HEADER + """
                @UsageSchema
                public interface Bad {
                    float getRatio();

                    @Sum({"ratio"})
                    long getTotalTokens();
                }
                """);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[UsageSchemaType] getRatio");
    }

    @Test
    void nestedGetterSchemasAreBoundedThroughTheirAccessors() {
        ClassLoader loader = CompiledSchemas.load("test.Details", HEADER + """
                @UsageSchema(naming = WireNaming.SNAKE_CASE)
                public interface Details {
                    OptionalLong getCachedTokens();
                }
                """, "test.Outer", HEADER + """
                @UsageSchema(naming = WireNaming.SNAKE_CASE)
                public interface Outer {
                    long getPromptTokens();

                    @AtMost("promptTokens")
                    Optional<Details> getPromptTokensDetails();
                }
                """);

        Object details = ReflectiveBuilder.of(loader, "test.ImmutableDetails").set("cachedTokens", 5L).build();
        List<Violation> violations = ReflectiveBuilder.of(loader, "test.ImmutableOuter")
                .set("promptTokens", 4L).set("promptTokensDetails", details).violations();

        assertThat(describe(violations)).containsExactly(
                "AT_MOST /prompt_tokens_details/cached_tokens promptTokensDetails.cachedTokens");
    }
}
