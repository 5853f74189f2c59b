package dev.usageschema.cli;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's own schema, compiled by javac and the processor, is found on --classpath, as a directory or a jar. */
class UserSchemaTest {

    private static final String SOURCE = """
            package com.acme;

            import dev.usageschema.Sum;
            import dev.usageschema.UsageSchema;
            import dev.usageschema.WireNaming;

            @UsageSchema(naming = WireNaming.SNAKE_CASE)
            public interface AcmeUsage {
                long inTokens();
                long outTokens();
                @Sum({"inTokens", "outTokens"}) long allTokens();
            }
            """;

    @TempDir
    static Path temp;
    private static Path classes;
    private static Path jar;

    @BeforeAll
    static void compile() throws IOException {
        Path source = temp.resolve("src/com/acme/AcmeUsage.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, SOURCE);
        classes = Files.createDirectories(temp.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        int exit = javac.run(null, null, null, "-d", classes.toString(), "-classpath", classPath, "-proc:full",
                source.toString());
        assertThat(exit).isEqualTo(0);
        assertThat(Files.readString(classes.resolve("META-INF/services/dev.usageschema.json.JsonSchema")))
                .contains("com.acme.ImmutableAcmeUsage$Json");
        jar = temp.resolve("acme.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                copy(file, out);
                out.closeEntry();
            }
        }
    }

    private static void copy(Path file, OutputStream out) {
        try {
            Files.copy(file, out);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static final byte[] RECORDS = "{\"in_tokens\":1,\"out_tokens\":2,\"all_tokens\":3}\n{\"in_tokens\":1,\"out_tokens\":2,\"all_tokens\":4}\n"
            .getBytes(UTF_8);

    @Test
    void aSchemaInADirectoryIsCheckedTheSameWay() {
        for (String name : List.of("com.acme.AcmeUsage", "com.acme.ImmutableAcmeUsage")) {
            Cli.Result result = Cli.run(new ByteArrayInputStream(RECORDS), "check", "--schema", name, "--classpath",
                    classes.toString());
            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.out()).startsWith("<stdin>:2: error SUM at /all_tokens: inTokens 1 + outTokens 2 !="
                    + " allTokens 4\n\n2 records read: 1 accepted, 0 accepted with warnings, 1 rejected\n");
        }
    }

    @Test
    void aSchemaInAJarIsCheckedTheSameWay() {
        Cli.Result result = Cli.run(new ByteArrayInputStream(RECORDS), "check", "--schema", "com.acme.AcmeUsage",
                "--classpath", temp.resolve("nothing-here") + java.io.File.pathSeparator + jar);
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("--classpath " + temp.resolve("nothing-here") + " does not exist");
        result = Cli.run(new ByteArrayInputStream(RECORDS), "check", "--schema", "com.acme.AcmeUsage", "--classpath",
                jar.toString());
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).startsWith("<stdin>:2: error SUM at /all_tokens:");
    }

    @Test
    void withoutItsClassPathTheSchemaIsNotFound() {
        Cli.Result result = Cli.run(new ByteArrayInputStream(RECORDS), "check", "--schema", "com.acme.AcmeUsage");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("no schema com.acme.AcmeUsage among the JSON forms on the class path");
    }

    @Test
    void aSchemaThatIsNotAddableHasNoSumAndSaysSo() {
        Cli.Result result = Cli.run(new ByteArrayInputStream(RECORDS), "check", "--schema", "com.acme.AcmeUsage",
                "--classpath", classes.toString(), "--sum");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("usage-schema: com.acme.AcmeUsage is not @Addable, so its usages have no"
                + " sum; leave out --sum, or declare the schema @Addable\n");
    }
}
