package dev.usageschema.cli;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one jar that {@code mvn package} builds, run as README says, directly and through {@code bin/usage-schema}. */
class ShadedJarTest {

    private static final Path JAR = Path.of("target/usage-schema.jar").toAbsolutePath();
    private static final Path LAUNCHER = Path.of("../bin/usage-schema").toAbsolutePath().normalize();
    private static final byte[] RECORD = "{\"input_tokens\":1,\"input_uncached_tokens\":1,\"output_tokens\":0,\"output_text_tokens\":0,\"total_tokens\":2}\n"
            .getBytes(UTF_8);

    private static Cli.Result run(List<String> command, byte[] stdin) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return Cli.finish(builder.start(), stdin);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void theJarRunsOnItsOwnWithVersionAndHelp() throws Exception {
        assertThat(Files.isRegularFile(JAR)).isTrue();
        Cli.Result version = run(List.of(java(), "-jar", JAR.toString(), "--version"), new byte[0]);
        assertThat(version.exit()).isEqualTo(0);
        assertThat(version.out()).startsWith("usage-schema " + Version.number() + "\n");
        Cli.Result help = run(List.of(java(), "-jar", JAR.toString(), "check", "--help"), new byte[0]);
        assertThat(help.exit()).isEqualTo(0);
        assertThat(help.out()).contains("Usage: usage-schema check");
    }

    @Test
    void theLauncherRunsTheJarAndFindsTheSchemasItHolds() throws Exception {
        Cli.Result result = run(List.of(LAUNCHER.toString(), "check", "--schema",
                "dev.usageschema.canonical.CanonicalUsage"), RECORD);
        assertThat(result.err()).isEmpty();
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).startsWith("<stdin>:1: error SUM at /total_tokens: inputTokens 1 + outputTokens 0"
                + " + unattributedTokens absent (0) != totalTokens 2\n");
    }
}
