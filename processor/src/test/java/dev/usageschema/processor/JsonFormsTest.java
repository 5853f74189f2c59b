package dev.usageschema.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.usageschema.Validated;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * A model carries its JSON form only when JSON is wanted: a JSON module of usage-schema on the
 * class path (none is on this test's), or {@code -Ausageschema.json=true}.
 */
class JsonFormsTest {

    private static final JavaFileObject SCHEMA = JavaFileObjects.forSourceString("test.Usage", """
            package test;

            import dev.usageschema.UsageSchema;

            @UsageSchema
            public interface Usage {
                long promptTokens();
            }
            """);

    private static String generated(Compilation compilation) throws IOException {
        return compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, "test/ImmutableUsage.java").orElseThrow()
                .getCharContent(true).toString();
    }

    @Test
    void withoutAJsonModuleOnTheClassPathNoJsonFormIsWritten() throws IOException {
        Compilation compilation = javac().withProcessors(new UsageSchemaProcessor()).compile(SCHEMA);

        assertThat(compilation).succeeded();
        assertThat(generated(compilation)).doesNotContain("jsonSchema()");
    }

    @Test
    void theOptionAsksForTheJsonForm() throws IOException {
        Compilation compilation = javac().withProcessors(new UsageSchemaProcessor())
                .withOptions("-Ausageschema.json=true", "-Xlint:all", "-Werror").compile(SCHEMA);

        assertThat(compilation).succeeded();
        assertThat(generated(compilation)).contains("public static Json jsonSchema()");
    }

    @Test
    void theJsonFormsAreListedForJacksonsModuleDiscovery() throws IOException {
        Compilation compilation = javac().withProcessors(new UsageSchemaProcessor())
                .withOptions("-Ausageschema.json=true").compile(SCHEMA);

        assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/services/dev.usageschema.json.JsonSchema")
                .orElseThrow().getCharContent(true).toString()).isEqualTo("test.ImmutableUsage$Json\n");
    }

    @Test
    void theUnknownFieldPolicyComesFromTheSchemaOrTheDefaultsAroundIt() throws IOException {
        JavaFileObject outer = JavaFileObjects.forSourceString("test.Provider", """
                package test;

                import dev.usageschema.Severity;
                import dev.usageschema.UsageSchema;
                import dev.usageschema.UsageSchemaDefaults;

                @UsageSchemaDefaults(unknownFields = Severity.ERROR)
                public interface Provider {
                    @UsageSchema
                    interface Strict {
                        long promptTokens();
                    }

                    @UsageSchema(unknownFields = Severity.OFF)
                    interface Quiet {
                        long promptTokens();
                    }
                }
                """);

        Compilation compilation = javac().withProcessors(new UsageSchemaProcessor())
                .withOptions("-Ausageschema.json=true").compile(outer);

        assertThat(compilation).succeeded();
        assertThat(source(compilation, "test/ImmutableProvider_Strict.java")).contains("false, Severity.ERROR);");
        assertThat(source(compilation, "test/ImmutableProvider_Quiet.java")).contains("false, Severity.OFF);");
        assertThat(generated(javac().withProcessors(new UsageSchemaProcessor())
                .withOptions("-Ausageschema.json=true").compile(SCHEMA))).contains("false, Severity.WARNING);");
    }

    private static String source(Compilation compilation, String path) throws IOException {
        return compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, path).orElseThrow().getCharContent(true).toString();
    }

    @Test
    void anOptionValueOtherThanTrueOrFalseIsAnError() {
        Compilation compilation = javac().withProcessors(new UsageSchemaProcessor())
                .withOptions("-Ausageschema.json=yes").compile(SCHEMA);

        assertThat(compilation).hadErrorContaining("[UsageSchemaOption] -Ausageschema.json=yes is neither true nor false");
    }

    /**
     * A model with its JSON form carries the databind annotations of each Jackson major whose JSON
     * module is on the class path, and the classes they name; before, a mapper without the module
     * wrote a model as an empty object.
     */
    @Test
    void aJsonModuleOnTheClassPathGivesTheModelItsMajorsDatabindAnnotations() throws IOException {
        for (int major : new int[] {2, 3}) {
            List<java.io.File> classPath = new ArrayList<>(List.of(location(Validated.class).toFile(),
                    location(jakarta.validation.Valid.class).toFile()));
            JacksonJars.of(major).forEach(jar -> classPath.add(jar.toFile()));
            Compilation compilation = javac().withProcessors(new UsageSchemaProcessor()).withClasspath(classPath)
                    .withOptions("-Xlint:all", "-Werror").compile(SCHEMA);

            assertThat(compilation).succeeded();
            String annotations = major == 2 ? "com.fasterxml.jackson.databind.annotation" : "tools.jackson.databind.annotation";
            assertThat(generated(compilation)).contains("import " + annotations + ".JsonSerialize;");
            assertThat(generated(compilation)).contains("@JsonSerialize(using = ImmutableUsage.Jackson" + major
                    + "Writer.class)\n@JsonDeserialize(using = ImmutableUsage.Jackson" + major + "Reader.class)");
            assertThat(generated(compilation)).contains("public static final class Jackson" + major
                    + "Reader extends SchemaDeserializer<ImmutableUsage> {");
            assertThat(generated(compilation)).doesNotContain("Jackson" + (5 - major));
        }
        assertThat(generated(javac().withProcessors(new UsageSchemaProcessor()).withOptions("-Ausageschema.json=true")
                .compile(SCHEMA))).doesNotContain("JsonSerialize");
    }

    private static java.nio.file.Path location(Class<?> type) {
        try {
            return java.nio.file.Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
