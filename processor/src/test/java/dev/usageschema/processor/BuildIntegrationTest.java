package dev.usageschema.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** How the processor behaves inside other people's builds: registration, Gradle, JDK versions, failures. */
class BuildIntegrationTest {

    private static final JavaFileObject SCHEMA = JavaFileObjects.forSourceString("test.ChatUsage", """
            package test;
            import dev.usageschema.*;
            import java.util.*;
            @UsageSchema
            public interface ChatUsage {
                long prompt();
                @AtMost("prompt") Optional<Details> details();
            }
            """);

    private static final JavaFileObject DETAILS = JavaFileObjects.forSourceString("test.Details", """
            package test;
            import dev.usageschema.*;
            @UsageSchema
            public interface Details {
                long cached();
            }
            """);

    @Test
    void isRegisteredAsAServiceForJavac() {
        List<String> found = new ArrayList<>();
        ServiceLoader.load(Processor.class).forEach(processor -> found.add(processor.getClass().getName()));

        assertThat(found).contains(UsageSchemaProcessor.class.getName());
    }

    @Test
    void declaresItselfIsolatingForGradleIncrementalBuilds() throws IOException {
        try (InputStream declaration = getClass().getResourceAsStream("/META-INF/gradle/incremental.annotation.processors")) {
            assertThat(new String(declaration.readAllBytes(), StandardCharsets.UTF_8).strip())
                    .isEqualTo(UsageSchemaProcessor.class.getName() + ",isolating");
        }
    }

    @Test
    void everyGeneratedFileHasExactlyItsSchemaAsOriginatingElement() {
        List<String> files = new ArrayList<>();
        Compilation compilation = javac()
                .withProcessors(new FilerInterception((javac, name, origins) -> {
                    files.add(name + " <- " + Arrays.stream(origins)
                            .map(origin -> ((TypeElement) origin).getQualifiedName().toString()).toList());
                    return javac.createSourceFile(name, origins);
                }))
                .compile(SCHEMA, DETAILS);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(files).containsExactly(
                "test.ImmutableChatUsage <- [test.ChatUsage]",
                "test.ImmutableDetails <- [test.Details]");
    }

    /**
     * A processor hides from every later processor the annotations it claims: ours claims its own,
     * and the JDK's source-retained {@code @Generated} on its output, not the Bean Validation
     * constraint, which generated classes inherit from {@code Checkable} instead of carrying.
     */
    @Test
    void claimsOnlyItsOwnAnnotationsAndTheJdksGenerated() {
        assertThat(new UsageSchemaProcessor().getSupportedAnnotationTypes().stream()
                .filter(name -> !name.startsWith("dev.usageschema.") || name.startsWith("dev.usageschema.validation."))
                .toList()).containsExactly("javax.annotation.processing.Generated");
    }

    @Test
    void supportsTheSourceVersionOfTheJdkItRunsOn() {
        assertThat(new UsageSchemaProcessor().getSupportedSourceVersion()).isEqualTo(SourceVersion.latestSupported());

        Compilation compilation = javac().withProcessors(new UsageSchemaProcessor()).compile(SCHEMA, DETAILS);
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void anUnexpectedFailureIsOneErrorWithTheTraceNeverACrashedCompiler() {
        Compilation compilation = javac()
                .withProcessors(new FilerInterception((javac, name, origins) -> {
                    throw new IllegalStateException("the filer broke");
                }))
                .compile(SCHEMA, DETAILS);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[UsageSchemaCrash] the usage-schema processor failed on test.ChatUsage")
                .inFile(SCHEMA).onLine(5);
        assertThat(compilation).hadErrorContaining("please report it to the usage-schema project");
        assertThat(compilation).hadErrorContaining("java.lang.IllegalStateException: the filer broke");
    }
}
