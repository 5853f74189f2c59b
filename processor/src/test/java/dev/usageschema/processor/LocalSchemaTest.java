package dev.usageschema.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * A schema declared inside a method body, or nested in a local or anonymous class: javac hands such
 * types to no annotation processor, so the processor reports them from a task listener once javac
 * has analysed their class, where it runs in javac's own environment. Each is one error on its
 * line. Where the environment is wrapped, nothing is generated or reported; the day javac hands
 * local types to processors, that test fails.
 */
class LocalSchemaTest {

    private static final String SOURCE = """
            package test;
            import dev.usageschema.*;
            public class Outer {
                void handle() {
                    @UsageSchema
                    interface CallUsage { // <- method
                        long promptTokens();
                    }
                    Runnable later = () -> {
                        @UsageSchema
                        interface LambdaUsage { // <- lambda
                            long promptTokens();
                        }
                    };
                }
                {
                    @UsageSchema
                    record Initialized(long promptTokens) { // <- initializer
                    }
                }
                Object field = new Object() {
                    @UsageSchema
                    interface InAnonymous { // <- anonymous
                        long promptTokens();
                    }
                };
                void inLocalClass() {
                    class Holder {
                        @UsageSchema
                        interface Member { // <- member of a local class
                            long promptTokens();
                        }
                    }
                }
                void plain() {
                    @Deprecated
                    interface NotASchema {
                        long promptTokens();
                    }
                }
            }
            """;

    private static int line(String marker) {
        List<String> lines = SOURCE.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no " + marker);
    }

    @Test
    void aSchemaInsideAMethodIsAnErrorOnItsLineAndGetsNoModel() {
        JavaFileObject file = JavaFileObjects.forSourceString("test.Outer", SOURCE);
        Compilation compilation = javac().withProcessors(new UsageSchemaProcessor()).compile(file);

        assertThat(compilation).hadErrorContaining("[UsageSchemaTarget] CallUsage is declared inside code (a method, a"
                + " lambda, an initializer, or a local or anonymous class), and javac shows such types to no annotation"
                + " processor, so no model can be generated for it; declare the schema at the top level or nested in a"
                + " class or interface").inFile(file).onLine(line("<- method"));
        assertThat(compilation).hadErrorContaining("[UsageSchemaTarget] LambdaUsage is declared inside code")
                .inFile(file).onLine(line("<- lambda"));
        assertThat(compilation).hadErrorContaining("[UsageSchemaTarget] Initialized is declared inside code")
                .inFile(file).onLine(line("<- initializer"));
        assertThat(compilation).hadErrorContaining("[UsageSchemaTarget] InAnonymous is declared inside code")
                .inFile(file).onLine(line("<- anonymous"));
        assertThat(compilation).hadErrorContaining("[UsageSchemaTarget] Member is declared inside code")
                .inFile(file).onLine(line("<- member of a local class"));
        assertThat(compilation).hadErrorCount(5);
    }

    @Test
    void whereJavacsEnvironmentIsWrappedALocalSchemaGetsNeitherAModelNorAWord() {
        // As Gradle's incremental processing and IntelliJ's build wrap it: the listener cannot be installed,
        // and javac hands the processor no local type, so nothing is generated or said.
        List<String> created = new ArrayList<>();
        Compilation compilation = javac().withProcessors(new FilerInterception((javac, name, origins) -> {
            created.add(name.toString());
            return javac.createSourceFile(name, origins);
        })).compile(JavaFileObjects.forSourceString("test.Outer", SOURCE));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(created).isEmpty();
    }

    @Test
    void aSchemaBesideALocalTypeThatIsNoSchemaCompiles() {
        Compilation compilation = javac().withProcessors(new UsageSchemaProcessor())
                .withOptions("-Xlint:all", "-Werror").compile(JavaFileObjects.forSourceString("test.Usage", """
                        package test;
                        import dev.usageschema.*;
                        @UsageSchema
                        public interface Usage {
                            long promptTokens();
                            default long twice() {
                                interface Doubling {
                                    long of(long value);
                                }
                                Doubling doubling = value -> 2 * value;
                                return doubling.of(promptTokens());
                            }
                        }
                        """));

        assertThat(compilation).succeeded();
        assertThat(compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, "test/ImmutableUsage.java")).isPresent();
    }
}
