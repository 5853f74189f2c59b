package dev.usageschema.canonical;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.usageschema.processor.UsageSchemaProcessor;
import java.io.IOException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What a mapping generates: a conversion made once and a {@code toCanonical()} that only reads the
 * mapped counts and hands them on, clean under every lint, and nothing for a schema without a mapping.
 */
class GeneratedConversionTest {

    private static final String USAGE = """
            package test;

            import dev.usageschema.*;
            import java.util.*;

            /** A chat usage. */
            @CanonicalMapping(convention = "test-chat", input = "promptTokens", output = "completionTokens",
                    total = "totalTokens", cacheRead = "details.cache.readTokens", reasoning = "reasoningTokens",
                    unmapped = "details.cache.writeTokens")
            @UsageSchema
            public interface Usage {
                /** {@return the prompt} */
                long promptTokens();

                /** {@return the completion} */
                long completionTokens();

                /** {@return the reasoning, beside the completion} */
                OptionalLong reasoningTokens();

                /** {@return everything} */
                @Sum(value = {"promptTokens", "completionTokens", "reasoningTokens"},
                        whenAbsent = AbsentParts.COUNT_AS_ZERO)
                long totalTokens();

                /** {@return the details} */
                @AtMost(value = "promptTokens", count = "cache.readTokens")
                Optional<Details> details();

                /** Details. */
                @UsageSchema
                interface Details {
                    /** {@return the cache counts} */
                    @Nullable
                    Cache cache();
                }

                /** Cache counts. */
                @UsageSchema
                interface Cache {
                    /** {@return the reads} */
                    @Nullable
                    Integer readTokens();

                    /** {@return the writes} */
                    OptionalInt writeTokens();
                }
            }
            """;

    private static Compilation compile(String source) {
        JavaFileObject file = JavaFileObjects.forSourceString("test.Usage", source);
        return javac().withProcessors(new UsageSchemaProcessor())
                .withOptions("-Xlint:all", "-Xdoclint:all/protected", "-Werror")
                .compile(file);
    }

    private static String generated(Compilation compilation) throws IOException {
        return compilation.generatedSourceFile("test.ImmutableUsage").orElseThrow().getCharContent(true).toString();
    }

    @Test
    void aMappingThroughNestedObjectsCompilesCleanlyAsAFewLinesOfWiring() throws IOException {
        Compilation compilation = compile(USAGE);

        assertThat(compilation).succeededWithoutWarnings();
        String source = generated(compilation);
        assertThat(source).contains("""
                    private static final CanonicalConversion $CANONICAL = CanonicalConversion.convention("test-chat")
                        .total(CanonicalConversion.Total.EQUALS)
                        .inside(CanonicalRole.CACHE_READ)
                        .beside(CanonicalRole.REASONING);
                """);
        List<String> method = source.lines()
                .dropWhile(line -> !line.contains("public Validated<ImmutableCanonicalUsage> toCanonical()"))
                .takeWhile(line -> !line.equals("    }"))
                .toList();
        assertThat(method).containsExactly(
                "    public Validated<ImmutableCanonicalUsage> toCanonical() {",
                "        Usage.Details details$ = CanonicalConversion.present(this.details());",
                "        Usage.Cache details$cache$ = details$ == null ? null : details$.cache();",
                "        return $CANONICAL.counts()",
                "                .input(this.promptTokens())",
                "                .output(this.completionTokens())",
                "                .total(this.totalTokens())",
                "                .part(CanonicalRole.CACHE_READ, details$cache$ == null ? CanonicalConversion.ABSENT"
                        + " : CanonicalConversion.count(details$cache$.readTokens()))",
                "                .part(CanonicalRole.REASONING, CanonicalConversion.count(this.reasoningTokens()))",
                "                .convert();").inOrder();
    }

    @Test
    void aSchemaOfGettersIsMappedByItsPropertyNamesAndReadThroughItsGetters() throws IOException {
        Compilation compilation = compile("""
                package test;

                import dev.usageschema.*;
                import java.util.*;

                /** A usage of getters. */
                @CanonicalMapping(convention = "beans", input = "promptTokens", output = "completionTokens",
                        cacheRead = "details.cached")
                @UsageSchema
                public interface Usage {
                    /** {@return the prompt} */
                    long getPromptTokens();

                    /** {@return the completion} */
                    long getCompletionTokens();

                    /** {@return the details} */
                    @AtMost("promptTokens")
                    Optional<Details> getDetails();

                    /** Details. */
                    @UsageSchema
                    interface Details {
                        /** {@return the cache reads} */
                        OptionalLong getCached();
                    }
                }
                """);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation)).contains("""
                        Usage.Details details$ = CanonicalConversion.present(this.getDetails());
                        return $CANONICAL.counts()
                                .input(this.getPromptTokens())
                                .output(this.getCompletionTokens())
                                .part(CanonicalRole.CACHE_READ, details$ == null ? CanonicalConversion.ABSENT : \
                CanonicalConversion.count(details$.getCached()))
                """);
    }

    @Test
    void aSchemaWithoutAMappingGetsNoConversion() throws IOException {
        Compilation compilation = compile(USAGE.replaceAll("(?s)@CanonicalMapping\\(.*?\\)\n@UsageSchema\npublic",
                "@UsageSchema\npublic"));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation)).doesNotContain("Canonical");
    }
}
