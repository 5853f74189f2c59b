package dev.usageschema.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What only matters when models carry JSON forms: a property JSON cannot hold, and Jackson's
 * annotations, which the JSON form never reads. Each is a warning on its line; without JSON forms,
 * nothing. Jackson is not on this test's class path: its annotations are declared here, by name.
 */
class JsonDiagnosticsTest {

    private static final String HEADER = "package test;\nimport dev.usageschema.*;\nimport java.util.*;\n"
            + "import com.fasterxml.jackson.annotation.*;\n";

    private static final List<JavaFileObject> JACKSON = List.of(
            annotation("com.fasterxml.jackson.annotation", "JsonProperty", "String value() default \"\";"),
            annotation("com.fasterxml.jackson.annotation", "JsonAlias", "String[] value() default {};"),
            annotation("com.fasterxml.jackson.annotation", "JsonIgnoreProperties", "boolean ignoreUnknown() default false;"),
            annotation("com.fasterxml.jackson.annotation", "JsonPropertyDescription", "String value() default \"\";"),
            annotation("com.fasterxml.jackson.annotation", "JacksonAnnotationsInside", ""),
            annotation("tools.jackson.databind.annotation", "JsonDeserialize", ""),
            JavaFileObjects.forSourceString("test.SnakeCaseField", """
                    package test;
                    @com.fasterxml.jackson.annotation.JacksonAnnotationsInside
                    @com.fasterxml.jackson.annotation.JsonProperty("x")
                    public @interface SnakeCaseField {
                    }
                    """));

    private static JavaFileObject annotation(String packageName, String name, String members) {
        return JavaFileObjects.forSourceString(packageName + "." + name, "package " + packageName + ";\n"
                + "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)\n"
                + "public @interface " + name + " {\n" + members + "\n}\n");
    }

    private static Compilation compile(JavaFileObject schema, String... options) {
        List<JavaFileObject> sources = new java.util.ArrayList<>(JACKSON);
        sources.add(schema);
        return javac().withProcessors(new UsageSchemaProcessor()).withOptions((Object[]) options).compile(sources);
    }

    /** The 1-based line of {@code source} that contains {@code marker}. */
    private static int line(String source, String marker) {
        List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no " + marker);
    }

    private static List<String> warnings(Compilation compilation) {
        return compilation.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.WARNING)
                .map(d -> d.getMessage(null)).toList();
    }

    private static final String UNREADABLE = HEADER + """
            @UsageSchema
            public interface Usage {
                long promptTokens();
                Object payload(); // <- object
                Optional<java.time.Instant> createdAt(); // <- instant
                List<List<String>> batches(); // <- lists
                Map<Integer, Long> perShard(); // <- keys
            }
            """;

    @Test
    void aPropertyJsonCannotHoldIsAWarningThatSaysWhatJsonHolds() {
        JavaFileObject file = JavaFileObjects.forSourceString("test.Usage", UNREADABLE);
        Compilation compilation = compile(file, "-Ausageschema.json=true");

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[UsageSchemaJsonType] payload holds java.lang.Object, which JSON"
                + " cannot hold: a JSON read that gives payload fails with UNSUPPORTED_VALUE. JSON holds a count or a"
                + " @NotACount number, String, boolean, an enum, a BigInteger or BigDecimal, a @UsageSchema object or a list of them, and List, Set,"
                + " Collection or Map<String, V> of String, Boolean, Long, Integer, Double, BigInteger or BigDecimal")
                .inFile(file).onLine(line(UNREADABLE, "<- object"));
        assertThat(compilation).hadWarningContaining("createdAt holds java.time.Instant")
                .inFile(file).onLine(line(UNREADABLE, "<- instant"));
        assertThat(compilation).hadWarningContaining("batches holds java.util.List<java.util.List<java.lang.String>>")
                .inFile(file).onLine(line(UNREADABLE, "<- lists"));
        assertThat(compilation).hadWarningContaining("perShard holds java.util.Map<java.lang.Integer, java.lang.Long>")
                .inFile(file).onLine(line(UNREADABLE, "<- keys"));
        assertThat(warnings(compilation)).hasSize(4);
    }

    @Test
    void withoutJsonFormsATypeJsonCannotHoldIsFine() {
        Compilation compilation = compile(JavaFileObjects.forSourceString("test.Usage", UNREADABLE));

        assertThat(compilation).succeeded();
        assertThat(warnings(compilation)).isEmpty();
    }

    @Test
    void everyTypeJsonHoldsCompilesWithoutAWarning() {
        Compilation compilation = javac().withProcessors(new UsageSchemaProcessor())
                .withOptions("-Ausageschema.json=true", "-Xlint:all", "-Werror")
                .compile(JavaFileObjects.forSourceString("test.Usage", """
                        package test;
                        import dev.usageschema.*;
                        import java.util.*;
                        @UsageSchema
                        public interface Usage {
                            @UsageSchema
                            interface Details {
                                OptionalLong cachedTokens();
                            }
                            enum Tier { FLEX, DEFAULT }
                            long promptTokens();
                            OptionalDouble seconds();
                            @NotACount Integer retries();
                            String model();
                            boolean cached();
                            Optional<Tier> tier();
                            Optional<Details> details();
                            List<Details> segments();
                            List<String> tags();
                            Set<Long> ids();
                            Collection<java.math.BigDecimal> costs();
                            Map<String, Boolean> flags();
                            @AdditionalProperties Map<String, Object> extra();
                        }
                        """));

        assertThat(compilation).succeeded();
    }

    private static final String ANNOTATED = HEADER + """
            @JsonIgnoreProperties(ignoreUnknown = true) // <- type
            @UsageSchema(naming = WireNaming.SNAKE_CASE)
            public interface Usage {
                @JsonProperty("prompt_tokens") // <- property
                long promptTokens();
                @JsonAlias({"output_tokens"}) // <- alias
                long completionTokens();
                @tools.jackson.databind.annotation.JsonDeserialize // <- databind
                OptionalLong cachedTokens();
                @SnakeCaseField // <- bundle
                OptionalLong audioTokens();
                @JsonPropertyDescription("tokens of reasoning")
                OptionalLong reasoningTokens();
            }
            """;

    @Test
    void jacksonsAnnotationsAreWarningsThatPointToTheSchemaLanguage() {
        JavaFileObject file = JavaFileObjects.forSourceString("test.Usage", ANNOTATED);
        Compilation compilation = compile(file, "-Ausageschema.json=true");

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[UsageSchemaJackson] @JsonIgnoreProperties on Usage is ignored:"
                + " the JSON form reads and writes the wire shape the schema declares, not Jackson's annotations; say"
                + " what an undeclared field is with @UsageSchema(unknownFields = ...)")
                .inFile(file).onLine(line(ANNOTATED, "<- type"));
        assertThat(compilation).hadWarningContaining("@JsonProperty on promptTokens is ignored")
                .inFile(file).onLine(line(ANNOTATED, "<- property"));
        assertThat(compilation).hadWarningContaining("name the wire field with @WireName(\"...\")")
                .inFile(file).onLine(line(ANNOTATED, "<- property"));
        assertThat(compilation).hadWarningContaining("@JsonAlias on completionTokens is ignored")
                .inFile(file).onLine(line(ANNOTATED, "<- alias"));
        assertThat(compilation).hadWarningContaining("@WireName(value = ..., alternates = {...})")
                .inFile(file).onLine(line(ANNOTATED, "<- alias"));
        assertThat(compilation).hadWarningContaining("@JsonDeserialize on cachedTokens is ignored")
                .inFile(file).onLine(line(ANNOTATED, "<- databind"));
        assertThat(compilation).hadWarningContaining("@SnakeCaseField on audioTokens is ignored")
                .inFile(file).onLine(line(ANNOTATED, "<- bundle"));
        // A description changes no wire shape.
        assertThat(warnings(compilation)).hasSize(5);
    }

    @Test
    void withoutJsonFormsJacksonsAnnotationsAreLeftToJackson() {
        Compilation compilation = compile(JavaFileObjects.forSourceString("test.Usage", ANNOTATED));

        assertThat(compilation).succeeded();
        assertThat(warnings(compilation)).isEmpty();
    }
}
