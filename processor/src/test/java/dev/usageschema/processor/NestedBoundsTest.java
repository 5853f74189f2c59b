package dev.usageschema.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import dev.usageschema.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code @AtMost} on a nested schema bounds every count of the nested object, at every depth, and
 * the parent learns those counts from the nested model at run time: a parent compiled against an
 * older nested schema still checks every count of the newer one.
 */
class NestedBoundsTest {

    private static final String TOP = """
            package test;
            import dev.usageschema.*;
            import java.util.*;
            @UsageSchema(naming = WireNaming.SNAKE_CASE)
            public interface Top {
                long bound();
                @AtMost("bound") Optional<Middle> middle();
            }
            """;

    private static final String MIDDLE = """
            package test;
            import dev.usageschema.*;
            import java.util.*;
            @UsageSchema(naming = WireNaming.SNAKE_CASE)
            public interface Middle {
                long midTokens();
                Optional<Inner> inner();
            }
            """;

    private static final String INNER_V1 = """
            package test;
            import dev.usageschema.*;
            import java.util.*;
            @UsageSchema(naming = WireNaming.SNAKE_CASE)
            public interface Inner {
                OptionalLong deepTokens();
            }
            """;

    private static final String INNER_V2 = """
            package test;
            import dev.usageschema.*;
            import java.util.*;
            @UsageSchema(naming = WireNaming.SNAKE_CASE)
            public interface Inner {
                OptionalLong deepTokens();
                OptionalLong laterTokens();
            }
            """;

    @Test
    void aBoundOnANestedSchemaReachesEveryDepth() {
        ClassLoader loader = CompiledSchemas.load("test.Top", TOP, "test.Middle", MIDDLE, "test.Inner", INNER_V1);

        List<Violation> violations = top(loader, inner(loader).set("deepTokens", 9L).build()).violations();

        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).wirePath()).isEqualTo("/middle/inner/deep_tokens");
        assertThat(violations.get(0).propertyPath()).isEqualTo("middle.inner.deepTokens");
        assertThat(violations.get(0).message()).isEqualTo("deepTokens 9 > bound 5");
        assertThat(top(loader, inner(loader).set("deepTokens", 5L).build()).violations()).isEmpty();
    }

    @Test
    void aNestedSchemaWhoseCountsAreAllDeeperIsBoundedWithoutAWarning() {
        ClassLoader loader = CompiledSchemas.load("test.Top", TOP.replace("Optional<Middle> middle", "Optional<Wrapper> middle"),
                "test.Wrapper", """
                        package test;
                        import dev.usageschema.*;
                        import java.util.*;
                        @UsageSchema(naming = WireNaming.SNAKE_CASE)
                        public interface Wrapper {
                            Optional<Inner> inner();
                        }
                        """, "test.Inner", INNER_V1);

        Object wrapper = ReflectiveBuilder.of(loader, "test.ImmutableWrapper")
                .set("inner", inner(loader).set("deepTokens", 6L).build()).build();
        List<Violation> violations = ReflectiveBuilder.of(loader, "test.ImmutableTop").set("bound", 5L)
                .set("middle", wrapper).violations();

        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).wirePath()).isEqualTo("/middle/inner/deep_tokens");
    }

    @Test
    void aCountMayBeBoundedByACountOfANestedObject() {
        ClassLoader loader = CompiledSchemas.load("test.Metered", """
                package test;
                import dev.usageschema.*;
                import java.util.*;
                @UsageSchema(naming = WireNaming.SNAKE_CASE)
                public interface Metered {
                    @AtMost("limits.maxTokens") long usedTokens();
                    Optional<Limits> limits();
                }
                """, "test.Limits", """
                package test;
                import dev.usageschema.*;
                @UsageSchema(naming = WireNaming.SNAKE_CASE)
                public interface Limits {
                    long maxTokens();
                }
                """);
        Object limits = ReflectiveBuilder.of(loader, "test.ImmutableLimits").set("maxTokens", 100L).build();

        List<Violation> violations = ReflectiveBuilder.of(loader, "test.ImmutableMetered")
                .set("usedTokens", 101L).set("limits", limits).violations();

        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).wirePath()).isEqualTo("/used_tokens");
        assertThat(violations.get(0).message()).isEqualTo("usedTokens 101 > limits.maxTokens 100");
        assertThat(ReflectiveBuilder.of(loader, "test.ImmutableMetered").set("usedTokens", 101L).violations()).isEmpty();
    }

    @Test
    void aParentCompiledAgainstAnOlderNestedSchemaChecksTheNewerOnesCounts() {
        Compilation older = CompiledSchemas.compile("test.Top", TOP, "test.Middle", MIDDLE, "test.Inner", INNER_V1);
        Compilation newer = CompiledSchemas.compile("test.Inner", INNER_V2);
        assertWithMessage("%s", newer.diagnostics()).that(newer.status()).isEqualTo(Compilation.Status.SUCCESS);
        ClassLoader loader = CompiledSchemas.loaderOf(newer, older);

        Object inner = inner(loader).set("deepTokens", 1L).set("laterTokens", 7L).build();
        List<Violation> violations = top(loader, inner).violations();

        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).wirePath()).isEqualTo("/middle/inner/later_tokens");
    }

    private static ReflectiveBuilder inner(ClassLoader loader) {
        return ReflectiveBuilder.of(loader, "test.ImmutableInner");
    }

    private static ReflectiveBuilder top(ClassLoader loader, Object inner) {
        Object middle = ReflectiveBuilder.of(loader, "test.ImmutableMiddle").set("midTokens", 2L).set("inner", inner).build();
        return ReflectiveBuilder.of(loader, "test.ImmutableTop").set("bound", 5L).set("middle", middle);
    }
}
