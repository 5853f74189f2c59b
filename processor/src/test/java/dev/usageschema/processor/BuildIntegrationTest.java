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
     * the JDK's source-retained {@code @Generated} on its output, and Jackson's databind annotations
     * on its models (only in a round where nothing else carries them, below); not the Bean
     * Validation constraint, which generated classes inherit from {@code Checkable} instead of carrying.
     */
    @Test
    void claimsOnlyItsOwnAnnotationsTheJdksGeneratedAndJacksonsOnItsModels() {
        assertThat(new UsageSchemaProcessor().getSupportedAnnotationTypes().stream()
                .filter(name -> !name.startsWith("dev.usageschema.") || name.startsWith("dev.usageschema.validation."))
                .toList()).containsExactly("javax.annotation.processing.Generated",
                        "com.fasterxml.jackson.databind.annotation.JsonSerialize",
                        "com.fasterxml.jackson.databind.annotation.JsonDeserialize",
                        "tools.jackson.databind.annotation.JsonSerialize",
                        "tools.jackson.databind.annotation.JsonDeserialize");
    }

    /**
     * Jackson's databind annotations on the user's own classes stay visible to a later processor,
     * while those on the generated models are claimed, so that {@code -Xlint:processing} is quiet
     * about them.
     */
    @Test
    void aLaterProcessorStillSeesJacksonsAnnotationsOnTheUsersOwnClasses() {
        JavaFileObject dto = JavaFileObjects.forSourceString("test.Dto", """
                package test;
                @com.fasterxml.jackson.databind.annotation.JsonDeserialize(builder = Dto.class)
                public class Dto {
                }
                """);
        List<java.io.File> classPath = new ArrayList<>(List.of(location(dev.usageschema.Validated.class),
                location(jakarta.validation.Valid.class)));
        JacksonJars.of(2).forEach(jar -> classPath.add(jar.toFile()));

        JacksonDeserializeRecorder later = new JacksonDeserializeRecorder();
        Compilation alone = javac().withProcessors(new UsageSchemaProcessor(), later).withClasspath(classPath)
                .withOptions("-Xlint:all", "-Werror").compile(SCHEMA, DETAILS);
        assertThat(alone).succeeded();
        assertThat(later.seen).isEmpty();

        JacksonDeserializeRecorder besideUsers = new JacksonDeserializeRecorder();
        Compilation beside = javac().withProcessors(new UsageSchemaProcessor(), besideUsers).withClasspath(classPath)
                .compile(SCHEMA, DETAILS, dto);
        assertThat(beside).succeeded();
        assertThat(besideUsers.seen).contains("test.Dto");
    }

    /** A processor after ours that records the elements it is offered with Jackson 2's {@code @JsonDeserialize}. */
    private static final class JacksonDeserializeRecorder extends javax.annotation.processing.AbstractProcessor {
        final List<String> seen = new ArrayList<>();

        @Override
        public java.util.Set<String> getSupportedAnnotationTypes() {
            return java.util.Set.of("com.fasterxml.jackson.databind.annotation.JsonDeserialize");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(java.util.Set<? extends TypeElement> annotations,
                javax.annotation.processing.RoundEnvironment round) {
            for (TypeElement annotation : annotations) {
                round.getElementsAnnotatedWith(annotation).forEach(element -> seen.add(element.toString()));
            }
            return false;
        }
    }

    private static java.io.File location(Class<?> type) {
        try {
            return new java.io.File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
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
