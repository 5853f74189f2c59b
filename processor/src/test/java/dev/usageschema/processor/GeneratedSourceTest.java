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
                .withOptions("-Xlint:all", "-Werror")
                .compile(CompiledSchemas.sources("test.Documented", DOCUMENTED));

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void carriesBothGeneratedMarkersAndTheSchemasJavadoc() {
        String source = generated(CompiledSchemas.compile("test.Documented", DOCUMENTED), "test.ImmutableDocumented");

        assertThat(source).contains("@Generated(\"dev.usageschema.processor.UsageSchemaProcessor\")");
        assertThat(source).contains("@UsageSchemaGenerated");
        assertThat(source).contains("import javax.annotation.processing.Generated;");
        assertThat(source).contains(" * Usage of one documented call.");
        assertThat(source).contains(" * Tokens in the prompt.\n     */\n    @Override\n    public long prompt()");
        assertThat(source).contains("public final class ImmutableDocumented implements Documented");
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
