package dev.usageschema.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** The generated source reads like careful code: marked, documented, named predictably, the same every time. */
class GeneratedSourceTest {

    private static final String DOCUMENTED = """
            package test;

            import dev.usageschema.*;
            import java.util.*;

            /** Usage of one documented call. */
            @UsageSchema
            public interface Documented {
                /** Tokens in the prompt. */
                long prompt();

                /** Tokens in the answer. */
                OptionalLong completion();

                @Sum(value = {"prompt", "completion"}, derive = true)
                long total();
            }
            """;

    private static String generated(Compilation compilation, String name) {
        try {
            return compilation.generatedSourceFile(name).orElseThrow().getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void compilesWithoutAWarningUnderXlintAllWerror() {
        Compilation compilation = javac()
                .withProcessors(new UsageSchemaProcessor())
                .withOptions("-Xlint:all", "-Werror", "-Ausageschema.json=true")
                .compile(CompiledSchemas.sources("test.Documented", DOCUMENTED));

        assertThat(compilation).succeededWithoutWarnings();
    }

    /**
     * Names that collide in careless generated code (case variants, names of generated members and
     * of the types it uses), a deprecated accessor, collections: all documented, so that the
     * generated source alone is judged by javadoc's lint.
     */
    private static final String AWKWARD = """
            package test;

            import dev.usageschema.*;
            import java.util.*;

            /** A schema whose names invite collisions. */
            @UsageSchema
            public interface Awkward {
                /**
                 * The a.
                 *
                 * @return the a
                 */
                long a();
                /**
                 * The aB.
                 *
                 * @return the aB
                 */
                long aB();
                /**
                 * The a_b.
                 *
                 * @return the a_b
                 */
                long a_b();
                /**
                 * The A_B.
                 *
                 * @return the A_B
                 */
                long A_B();
                /**
                 * The a count named like a runtime class.
                 *
                 * @return the a count named like a runtime class
                 */
                long Counts();
                /**
                 * The a count named like a JDK class.
                 *
                 * @return the a count named like a JDK class
                 */
                OptionalLong Optional();
                /**
                 * The a total named like a former constant.
                 *
                 * @return the a total named like a former constant
                 */
                @Sum({"a", "aB"}) long sumOfTotalTokens();
                /**
                 * The details.
                 *
                 * @return the details
                 */
                @AtMost("a") Optional<Inner> boundOnCached();
                /**
                 * The names.
                 *
                 * @return the names
                 */
                Optional<List<String>> declaredWireNames();
                /**
                 * An old count.
                 *
                 * @return the old count
                 * @deprecated use a
                 */
                @Deprecated OptionalLong legacy();
                /**
                 * The what else was sent.
                 *
                 * @return the what else was sent
                 */
                @AdditionalProperties Map<String, Object> extra();

                /** Nested counts. */
                @UsageSchema
                interface Inner {
                    /**
                     * The cached.
                     *
                     * @return the cached
                     */
                    OptionalLong cached();
                }
            }
            """;

    @Test
    void awkwardNamesDeprecationAndJavadocLintCompileCleanly() {
        Compilation compilation = javac()
                .withProcessors(new UsageSchemaProcessor())
                .withOptions("-Xlint:all", "-Xdoclint:all/protected", "-Werror", "-Ausageschema.json=true")
                .compile(CompiledSchemas.sources("test.Awkward", AWKWARD));

        assertThat(compilation).succeededWithoutWarnings();
    }

    /**
     * A serializable schema with every container, collection and nested kind, a deprecated
     * property, and properties named like the members of the serial form and the runtime types it
     * uses. JDK 21 and later lint the fields of serializable classes ({@code [serial]}); the model
     * has none that travel, and its serial form none of its own.
     */
    static final String TRAVELLING = """
            package test;

            import dev.usageschema.*;
            import java.io.Serializable;
            import java.util.*;

            @UsageSchema
            public interface Travelling extends Serializable {
                long prompt();
                OptionalLong cached();
                @Nullable OptionalInt audio();
                @NotACount OptionalDouble seconds();
                @Nullable Long reasoning();
                boolean streamed();
                @Nullable String model();
                List<String> tags();
                Optional<Set<String>> regions();
                Map<String, List<Long>> perRegion();
                Collection<String> notes();
                Optional<Inner> inner();
                List<Inner> inners();
                Optional<Map<String, Inner>> byTool();
                @Deprecated OptionalLong legacy();
                OptionalLong ABSENT();
                OptionalLong SHAPE();
                OptionalLong SerialType();
                @AdditionalProperties Map<String, Object> extra();

                @UsageSchema
                interface Inner extends Serializable {
                    OptionalLong cached();
                }
            }
            """;

    @Test
    void aSerializableSchemaWithCollectionsCompilesWithoutAWarningUnderXlintAllWerror() {
        Compilation compilation = javac()
                .withProcessors(new UsageSchemaProcessor())
                .withOptions("-Xlint:all", "-Werror", "-Ausageschema.json=false")
                .compile(CompiledSchemas.sources("test.Travelling", TRAVELLING));

        assertThat(compilation).succeededWithoutWarnings();
    }

    /** Every way a property of an addable schema combines, with properties named like the addition's own locals. */
    private static final String ADDABLE = """
            package test;

            import dev.usageschema.*;
            import java.util.*;

            /** Usages that add up. */
            public interface Totals {
                /** One modality's tokens. */
                @Addable
                @UsageSchema
                interface Part {
                    /** {@return the modality} */
                    @Merge(MergeRule.AGREE)
                    String modality();

                    /** {@return its tokens} */
                    long tokens();
                }

                /** Details of the prompt. */
                @Addable
                @UsageSchema
                interface Details {
                    /** {@return the cached tokens} */
                    OptionalLong cached();
                }

                /** One call's usage. */
                @Addable(absent = AbsentInSum.VIOLATION, stream = StreamStyle.CUMULATIVE)
                @UsageSchema
                interface Call {
                    /** {@return the first part} */
                    long a();

                    /** {@return the second part} */
                    @Nullable
                    Long b();

                    /** {@return the tokens of a 32-bit wire type} */
                    @Nullable
                    OptionalInt adding();

                    /** {@return the total} */
                    @Sum(value = {"a", "b"}, derive = true, whenAbsent = AbsentParts.COUNT_AS_ZERO)
                    long total();

                    /** {@return the details} */
                    Optional<Details> details();

                    /** {@return the parts} */
                    @UniqueBy("modality")
                    List<Part> parts();

                    /** {@return the model} */
                    @Merge(MergeRule.AGREE)
                    String model();

                    /** {@return the tier} */
                    @Merge(MergeRule.LAST)
                    Optional<String> tier();

                    /** {@return the request} */
                    @Merge(MergeRule.FIRST)
                    @Nullable
                    String other();

                    /** {@return a note} */
                    @Merge(MergeRule.DROP)
                    Optional<String> note();

                    /** {@return the seconds} */
                    @NotACount
                    @Merge(MergeRule.ADD)
                    OptionalDouble seconds();

                    /** {@return the undeclared fields} */
                    @AdditionalProperties
                    @Merge(MergeRule.DROP)
                    Map<String, Object> extra();
                }
            }
            """;

    @Test
    void anAddableSchemaCompilesCleanlyUnderLintAndJavadocLint() {
        Compilation compilation = javac()
                .withProcessors(new UsageSchemaProcessor())
                .withOptions("-Xlint:all", "-Xdoclint:all/protected", "-Werror")
                .compile(CompiledSchemas.sources("test.Totals", ADDABLE));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation, "test.ImmutableTotals_Call"))
                .contains("class ImmutableTotals_Call extends AddableModel<Totals.Call, ImmutableTotals_Call>");
    }

    @Test
    void aSchemaOfFiveHundredPropertiesCompilesAndWorks() throws Exception {
        StringBuilder source = new StringBuilder("package test;\nimport dev.usageschema.*;\nimport java.util.*;\n"
                + "@UsageSchema public interface Wide extends java.io.Serializable {\n");
        for (int i = 0; i < 499; i++) {
            source.append("    ").append(i % 2 == 0 ? "long" : "OptionalLong").append(" p").append(i).append("();\n");
        }
        source.append("    @Sum({\"p0\", \"p498\"}) long total();\n}\n");
        ClassLoader loader = CompiledSchemas.load("test.Wide", source.toString());

        ReflectiveBuilder builder = ReflectiveBuilder.of(loader, "test.ImmutableWide");
        for (int i = 0; i < 499; i += 2) {
            builder.set("p" + i, 1L);
        }
        builder.set("p497", 3L).set("total", 2L);
        Object wide = builder.build();
        assertThat(wide.getClass().getMethod("p497").invoke(wide)).isEqualTo(java.util.OptionalLong.of(3));
        assertThat(SerialVersions.carry(wide, loader)).isEqualTo(wide);
        assertThat(builder.set("total", 3L).violations()).hasSize(1);
        assertThat(builder.set("p497", java.util.OptionalLong.empty()).set("p498", -1L).violations().get(0).rule())
                .isEqualTo(dev.usageschema.Rule.NON_NEGATIVE);
        // p497's given bit and its null bit lie in different words: an explicit null sets both, a value clears the null.
        builder.set("p498", 1L).set("total", 2L).set("p497", null);
        assertThat(builder.violations().stream().map(violation -> violation.rule() + " " + violation.propertyPath())
                .toList()).containsExactly("NOT_NULL p497");
        Object given = builder.set("p497", java.util.OptionalLong.of(4)).build();
        assertThat(given.getClass().getMethod("p497").invoke(given)).isEqualTo(java.util.OptionalLong.of(4));
    }

    @Test
    void carriesBothGeneratedMarkersAndTheSchemasJavadoc() {
        String source = generated(CompiledSchemas.compile("test.Documented", DOCUMENTED), "test.ImmutableDocumented");

        assertThat(source).contains("@Generated(\"dev.usageschema.processor.UsageSchemaProcessor\")");
        assertThat(source).contains("@UsageSchemaGenerated");
        assertThat(source).contains("import javax.annotation.processing.Generated;");
        assertThat(source).contains(" * Usage of one documented call.");
        assertThat(source).contains("/** Tokens in the prompt. */\n    @Override\n    public long prompt()");
        assertThat(source).contains("public final class ImmutableDocumented extends Counted implements Documented");
    }

    @Test
    void aModelWhoseRulesAreAllErrorsDoesNotRecheckItselfForWarnings() {
        String errorsOnly = generated(CompiledSchemas.compile("test.Documented", DOCUMENTED), "test.ImmutableDocumented");
        String warns = generated(CompiledSchemas.compile("test.Documented",
                DOCUMENTED.replace("derive = true)", "derive = true, severity = Severity.WARNING)")),
                "test.ImmutableDocumented");

        // The model's own violations() is Counted's, empty; the builder's (indented twice) still checks.
        assertThat(errorsOnly).doesNotContain("\n    public List<Violation> violations()");
        assertThat(warns).contains("public List<Violation> violations() {\n        return Violations.done($check(null));");
    }

    /**
     * A model inherits its schema's member types, its superinterfaces' too, which hide the runtime's
     * types of the same simple name: those are written fully qualified. Failed with "no interface
     * expected here" (ModelBuilder), "cannot find symbol" (NestedValues, Texts, Counts) before.
     */
    @Test
    void memberTypesOfTheSchemaNamedLikeRuntimeTypesDoNotHideThem() throws Exception {
        ClassLoader loader = CompiledSchemas.load("test.Top", """
                package test;

                import dev.usageschema.*;
                import java.util.*;

                interface Names {
                    interface Texts {
                    }

                    interface Counts {
                    }
                }

                @UsageSchema
                public interface Top extends Names {
                    long prompt();

                    long completion();

                    @Sum({"prompt", "completion"})
                    long total();

                    @AtMost("prompt")
                    Optional<Inner> inner();

                    interface ModelBuilder {
                    }

                    interface NestedValues {
                    }

                    interface Violations {
                    }

                    @UsageSchema
                    interface Inner {
                        OptionalLong cached();
                    }
                }
                """);

        Object inner = ReflectiveBuilder.of(loader, "test.ImmutableTop_Inner").set("cached", 1L).build();
        Object top = ReflectiveBuilder.of(loader, "test.ImmutableTop")
                .set("prompt", 2L).set("completion", 1L).set("total", 3L).set("inner", inner).build();
        assertThat(top.toString()).isEqualTo("Top{prompt=2, completion=1, total=3, inner=Inner{cached=1}}");
        Object tooMany = ReflectiveBuilder.of(loader, "test.ImmutableTop_Inner").set("cached", 3L).build();
        assertThat(ReflectiveBuilder.of(loader, "test.ImmutableTop")
                .set("prompt", 2L).set("completion", 1L).set("total", 4L).set("inner", tooMany).violations().stream()
                .map(violation -> violation.rule().name()).toList()).containsExactly("SUM", "AT_MOST");
    }

    @Test
    void outputIsDeterministic() {
        String first = generated(CompiledSchemas.compile("test.Documented", DOCUMENTED), "test.ImmutableDocumented");
        String second = generated(CompiledSchemas.compile("test.Documented", DOCUMENTED), "test.ImmutableDocumented");

        assertThat(second).isEqualTo(first);
    }

    @Test
    void generatedNameFollowsTheConventionOrTheSchemasChoice() {
        Compilation compilation = CompiledSchemas.compile(
                "test.Outer", """
                        package test;
                        import dev.usageschema.*;
                        public class Outer {
                            @UsageSchema public interface Inner { long prompt(); }
                        }
                        """,
                "test.Named", """
                        package test;
                        import dev.usageschema.*;
                        @UsageSchema(typeName = "NamedUsageModel") public interface Named { long prompt(); }
                        """);

        assertThat(compilation).succeeded();
        assertThat(compilation.generatedSourceFile("test.ImmutableOuter_Inner")).isPresent();
        assertThat(compilation.generatedSourceFile("test.NamedUsageModel")).isPresent();
    }

    @Test
    void aGeneratedNameThatIsTakenIsACompileErrorNotACrash() {
        Compilation compilation = CompiledSchemas.compile(
                "test.Taken", """
                        package test;
                        import dev.usageschema.*;
                        @UsageSchema(typeName = "Existing") public interface Taken { long prompt(); }
                        """,
                "test.Existing", """
                        package test;
                        public class Existing { }
                        """);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[UsageSchemaWrite] could not write test.Existing");
    }
}
