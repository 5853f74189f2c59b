package dev.usageschema.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Compiles thousands of random schemas in-process: none may crash the compiler, every invalid one
 * gets an error on the line of its defect, every valid one compiles without a warning. The count
 * and seed can be raised for a long run: {@code -Dfuzz.schemas=20000 -Dfuzz.seed=7}.
 */
class SchemaFuzzTest {

    private static final int SCHEMAS = Integer.getInteger("fuzz.schemas", 2000);
    private static final long SEED = Long.getLong("fuzz.seed", 20261122L);
    private static final int BATCH = 100;
    private static final int WILD = Integer.getInteger("fuzz.wild", 300);

    @Test
    void randomSchemasNeverCrashAndGetTheirDiagnostics() {
        RandomSchemas random = new RandomSchemas(SEED);
        for (int batch = 0; batch * BATCH < SCHEMAS; batch++) {
            List<RandomSchemas.Generated> valid = new ArrayList<>();
            List<RandomSchemas.Generated> invalid = new ArrayList<>();
            for (int i = 0; i < BATCH / 2; i++) {
                valid.add(random.valid("Valid" + batch + "x" + i));
                invalid.add(random.invalid("Invalid" + batch + "x" + i));
            }
            checkValid(valid);
            checkInvalid(invalid);
        }
    }

    /**
     * Schemas from the families that once broke generated code (awkward names, deprecation, throws
     * clauses, sealed schemas, nested generics), each compiled alone under {@code -Xlint:all -Werror}:
     * a clean compile, or diagnostics that are all tagged and all in the schema's own source (errors,
     * or warnings such as a type JSON cannot hold, which {@code -Werror} then turns into one error of
     * its own), never a diagnostic in a generated file.
     */
    @Test
    void awkwardSchemasCompileCleanlyOrGetTaggedErrorsOnTheirOwnSource() {
        RandomSchemas random = new RandomSchemas(SEED + 1);
        int clean = 0;
        for (int i = 0; i < WILD; i++) {
            RandomSchemas.Generated schema = random.wild("Wild" + i);
            Compilation compilation = compile(List.of(schema), "-Xlint:all", "-Werror");
            List<Diagnostic<? extends JavaFileObject>> diagnostics = compilation.diagnostics().stream()
                    .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                    .toList();
            if (diagnostics.isEmpty()) {
                clean++;
            }
            boolean taggedWarning = diagnostics.stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.WARNING
                    && tagged(d, schema));
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
                boolean werror = taggedWarning && diagnostic.getSource() == null
                        && diagnostic.getMessage(Locale.ROOT).contains("-Werror");
                assertWithMessage("seed %s: %s\nin\n%s", SEED + 1, describe(diagnostic), schema.source())
                        .that(werror || tagged(diagnostic, schema)).isTrue();
            }
        }
        assertWithMessage("some awkward schemas must be valid, or the generator tests nothing").that(clean).isGreaterThan(0);
    }

    /** An error or warning of the processor, tagged, on {@code schema}'s own source, and no crash. */
    private static boolean tagged(Diagnostic<? extends JavaFileObject> diagnostic, RandomSchemas.Generated schema) {
        String message = diagnostic.getMessage(Locale.ROOT);
        return diagnostic.getSource() != null && diagnostic.getSource().getName().endsWith("/" + schema.name() + ".java")
                && (diagnostic.getKind() == Diagnostic.Kind.ERROR || diagnostic.getKind() == Diagnostic.Kind.WARNING)
                && message.startsWith("[UsageSchema") && !message.contains("UsageSchemaCrash");
    }

    private static void checkValid(List<RandomSchemas.Generated> schemas) {
        Compilation compilation = compile(schemas, "-Xlint:all");
        List<String> problems = compilation.diagnostics().stream()
                .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                .map(d -> describe(d) + "\n" + sourceOf(schemas, d))
                .toList();
        assertWithMessage("seed %s: valid schemas must compile without a diagnostic", SEED).that(problems).isEmpty();
    }

    private static void checkInvalid(List<RandomSchemas.Generated> schemas) {
        Compilation compilation = compile(schemas);
        for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
            assertWithMessage("seed %s: processor crashed:\n%s", SEED, sourceOf(schemas, diagnostic))
                    .that(diagnostic.getMessage(Locale.ROOT)).doesNotContain("UsageSchemaCrash");
        }
        for (RandomSchemas.Generated schema : schemas) {
            boolean reported = compilation.errors().stream().anyMatch(error -> error.getSource() != null
                    && error.getSource().getName().endsWith("/" + schema.name() + ".java")
                    && error.getLineNumber() == schema.defectLine());
            assertWithMessage("seed %s: no error on line %s for %s in\n%s\nbut: %s", SEED, schema.defectLine(),
                    schema.defect(), schema.source(), compilation.errors()).that(reported).isTrue();
        }
    }

    private static Compilation compile(List<RandomSchemas.Generated> schemas, String... options) {
        List<JavaFileObject> sources = new ArrayList<>();
        sources.add(JavaFileObjects.forSourceString("fuzz.Details", RandomSchemas.DETAILS));
        sources.add(JavaFileObjects.forSourceString("fuzz.Inner", RandomSchemas.INNER));
        for (RandomSchemas.Generated schema : schemas) {
            sources.add(JavaFileObjects.forSourceString("fuzz." + schema.name(), schema.source()));
        }
        List<String> all = new ArrayList<>(List.of(options));
        all.add("-Ausageschema.json=true");
        return javac().withProcessors(new UsageSchemaProcessor()).withOptions(all).compile(sources);
    }

    private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
        return diagnostic.getKind() + " " + (diagnostic.getSource() == null ? "" : diagnostic.getSource().getName())
                + ":" + diagnostic.getLineNumber() + " " + diagnostic.getMessage(Locale.ROOT);
    }

    private static String sourceOf(List<RandomSchemas.Generated> schemas, Diagnostic<? extends JavaFileObject> diagnostic) {
        if (diagnostic.getSource() == null) {
            return "";
        }
        return schemas.stream()
                .filter(schema -> diagnostic.getSource().getName().endsWith("/" + schema.name() + ".java"))
                .map(RandomSchemas.Generated::source)
                .findFirst()
                .orElse("(generated code)");
    }
}
