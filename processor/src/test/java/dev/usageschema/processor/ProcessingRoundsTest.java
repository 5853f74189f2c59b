package dev.usageschema.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/** Schemas that use types other processors generate wait for them, across rounds. */
class ProcessingRoundsTest {

    private static final String SCHEMA = """
            package test;
            import dev.usageschema.*;
            @UsageSchema
            public interface WithLaterType {
                long prompt();
                @AtMost("prompt") Later details();
            }
            """;

    @Test
    void waitsForATypeGeneratedInALaterRound() {
        Compilation compilation = javac()
                .withProcessors(new GeneratesLaterType(), new UsageSchemaProcessor())
                .compile(JavaFileObjects.forSourceString("test.WithLaterType", SCHEMA));

        assertThat(compilation).succeededWithoutWarnings();
        // Later is converted through its own builder: proof that it was read as a schema once it existed.
        assertThat(compilation).generatedSourceFile("test.ImmutableWithLaterType")
                .contentsAsUtf8String().contains("ImmutableLater.builder().from(");
    }

    @Test
    void reportsATypeThatNeverAppearsOnceAtTheEnd() {
        Compilation compilation = javac()
                .withProcessors(new UsageSchemaProcessor())
                .compile(JavaFileObjects.forSourceString("test.WithLaterType", SCHEMA));

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[UsageSchemaMissingType] test.WithLaterType uses Later");
        assertThat(compilation.errors().stream()
                .filter(e -> e.getMessage(null).contains("UsageSchemaMissingType")).count()).isEqualTo(1);
    }

    /**
     * Stands for another processor: it writes {@code test.Later} in round one, and javac enters
     * generated types only in the next round, so our processor meets the schema before the type.
     */
    private static final class GeneratesLaterType extends AbstractProcessor {
        private int round;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment environment) {
            if (++round == 1) {
                try (Writer writer = processingEnv.getFiler().createSourceFile("test.Later").openWriter()) {
                    writer.write("package test; @dev.usageschema.UsageSchema public interface Later { long cached(); }");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }
}
