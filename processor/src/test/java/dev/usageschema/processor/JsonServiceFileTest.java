package dev.usageschema.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Validated;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that compiles only some schemas (an incremental build) keeps the JSON forms an earlier
 * build listed for Jackson's module discovery, beside its own.
 */
class JsonServiceFileTest {

    @TempDir
    Path dir;

    private void compile(Path out, String name, String source) throws IOException, URISyntaxException {
        Path file = Files.createDirectories(dir.resolve("src-" + name).resolve("test")).resolve(name + ".java");
        Files.writeString(file, source);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of(location(Validated.class),
                    location(Valid.class), out));
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
            JavaCompiler.CompilationTask task = compiler.getTask(null, files, null,
                    List.of("-Ausageschema.json=true"), null, files.getJavaFileObjects(file));
            task.setProcessors(List.of(new UsageSchemaProcessor()));
            assertThat(task.call()).isTrue();
        }
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void aLaterBuildOfOtherSchemasKeepsTheFormsAnEarlierBuildListed() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        compile(out, "First", "package test;\n@dev.usageschema.UsageSchema\npublic interface First { long a(); }\n");
        compile(out, "Second", "package test;\n@dev.usageschema.UsageSchema\npublic interface Second { long b(); }\n");

        assertThat(Files.readAllLines(out.resolve("META-INF/services/dev.usageschema.json.JsonSchema")))
                .containsExactly("test.ImmutableFirst$Json", "test.ImmutableSecond$Json").inOrder();
    }
}
