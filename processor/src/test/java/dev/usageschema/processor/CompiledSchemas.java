package dev.usageschema.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Compiles schema sources with the processor, as javac in a user's build would, and loads the
 * generated classes so that tests can exercise them.
 */
final class CompiledSchemas {

    private CompiledSchemas() {
    }

    /** Sources as {@code "test.Name", "source text"} pairs. */
    static Compilation compile(String... namesAndSources) {
        return compile(true, namesAndSources);
    }

    private static Compilation compile(boolean jsonForms, String... namesAndSources) {
        return javac()
                .withProcessors(new UsageSchemaProcessor())
                .withOptions("-Xlint:all", "-Ausageschema.json=" + jsonForms)
                .compile(sources(namesAndSources));
    }

    static List<JavaFileObject> sources(String... namesAndSources) {
        List<JavaFileObject> sources = new ArrayList<>();
        for (int i = 0; i < namesAndSources.length; i += 2) {
            sources.add(JavaFileObjects.forSourceString(namesAndSources[i], namesAndSources[i + 1]));
        }
        return sources;
    }

    /** Compiles, requires a warning-free success, and loads what was generated. */
    static ClassLoader load(String... namesAndSources) {
        return load(true, namesAndSources);
    }

    /** As {@link #load}, for schemas that hold what JSON cannot (a map of nested schemas), compiled without JSON forms. */
    static ClassLoader loadWithoutJson(String... namesAndSources) {
        return load(false, namesAndSources);
    }

    private static ClassLoader load(boolean jsonForms, String... namesAndSources) {
        Compilation compilation = compile(jsonForms, namesAndSources);
        assertWithMessage("diagnostics: %s", compilation.diagnostics())
                .that(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
        assertWithMessage("warnings: %s", compilation.warnings()).that(compilation.warnings()).isEmpty();
        return loaderOf(compilation);
    }

    /**
     * Classes from the first of the compilations' outputs that has them (as a build that
     * recompiled only some files would see them), everything else from the test's own class path.
     */
    static ClassLoader loaderOf(Compilation... compilations) {
        return new GeneratedClassLoader(List.of(compilations));
    }

    private static final class GeneratedClassLoader extends ClassLoader {

        private final List<Compilation> compilations;

        GeneratedClassLoader(List<Compilation> compilations) {
            super(CompiledSchemas.class.getClassLoader());
            this.compilations = compilations;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            String path = "/CLASS_OUTPUT/" + name.replace('.', '/') + ".class";
            List<JavaFileObject> files = compilations.stream()
                    .flatMap(compilation -> compilation.generatedFiles().stream())
                    .toList();
            for (JavaFileObject file : files) {
                if (file.getKind() == JavaFileObject.Kind.CLASS && file.toUri().getPath().endsWith(path)) {
                    try (InputStream in = file.openInputStream()) {
                        byte[] bytes = in.readAllBytes();
                        return defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            throw new ClassNotFoundException(name);
        }
    }
}
