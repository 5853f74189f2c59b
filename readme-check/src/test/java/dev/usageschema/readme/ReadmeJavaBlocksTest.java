package dev.usageschema.readme;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.usageschema.readme.Readme.Block;
import dev.usageschema.readme.Snippets.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.module.FindException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code java} block of README.md compiles, with the processor, against the modules a
 * user's build would name: each block says on the line before its fence how it is compiled
 * ({@code <!-- java: KIND CONTEXT -->}, see {@link Snippets}), and the blocks of one context compile
 * together, so that a block may use the types another one declares.
 */
class ReadmeJavaBlocksTest {

    private static final Set<String> KINDS = Set.of("file", "types", "statements", "module");
    private static final Pattern REQUIRES = Pattern.compile("requires (?:transitive |static )*([\\w.]+);");

    @TempDir
    Path dir;

    private static List<Block> javaBlocks() {
        return Readme.blocks().stream().filter(block -> block.language().equals("java")).toList();
    }

    @Test
    void everyJavaBlockSaysHowItIsCompiled() {
        List<String> unmarked = new ArrayList<>();
        for (Block block : javaBlocks()) {
            if (block.marker() == null) {
                unmarked.add(block.where() + ": no <!-- java: KIND CONTEXT --> on the line before the fence");
            } else if (!KINDS.contains(block.marker().kind())) {
                unmarked.add(block.where() + ": kind " + block.marker().kind() + " is none of " + KINDS);
            } else if (block.marker().context() == null ? !block.marker().kind().equals("file")
                    : !Files.isDirectory(Snippets.CONTEXTS.resolve(block.marker().context()))) {
                unmarked.add(block.where() + ": context " + block.marker().context() + " is no folder of "
                        + Snippets.CONTEXTS + " (only a whole file needs none)");
            }
        }
        assertWithMessage("README's java blocks").that(unmarked).isEmpty();
        assertThat(javaBlocks()).isNotEmpty();
    }

    /** One test per context, its blocks with its givens, and one per whole file without a context. */
    @TestFactory
    Stream<DynamicTest> everyContextsBlocksCompile() {
        Map<String, List<Block>> byContext = new TreeMap<>(javaBlocks().stream()
                .filter(block -> block.marker() != null)
                .collect(Collectors.groupingBy(ReadmeJavaBlocksTest::contextOf)));
        return byContext.entrySet().stream().map(context -> DynamicTest.dynamicTest(context.getKey(),
                () -> assertCompiles(context.getKey(), context.getValue())));
    }

    private static String contextOf(Block block) {
        return block.marker().context() == null ? block.where() : block.marker().context();
    }

    private void assertCompiles(String context, List<Block> blocks) throws IOException {
        Path sources = dir.resolve(context.replace(':', '-')).resolve("src");
        Snippets snippets = new Snippets(sources);
        if (blocks.get(0).marker().context() != null) {
            snippets.addContext(context);
        }
        Set<String> requires = new LinkedHashSet<>();
        for (Block block : blocks) {
            snippets.add(block);
            if (block.marker().kind().equals("module")) {
                REQUIRES.matcher(block.code()).results().forEach(required -> requires.add(required.group(1)));
            }
        }
        List<Path> modulePath;
        try {
            modulePath = requires.isEmpty() ? List.of() : Javac.modulePathFor(requires);
        } catch (FindException unknown) {
            throw new AssertionError("README's module declarations of context " + context
                    + " require a module no jar of the build holds: " + unknown.getMessage(), unknown);
        }
        List<Diagnostic<? extends JavaFileObject>> errors = Javac.compile(sources, sources.resolveSibling("out"),
                modulePath);
        assertWithMessage("README's blocks of context %s, as javac reports them", context)
                .that(errors.stream().map(error -> where(error, snippets.sources())).toList())
                .isEmpty();
    }

    /** An error at the README line it stands for, where it is in a block; else at the given's file. */
    private static String where(Diagnostic<? extends JavaFileObject> error, List<Source> sources) {
        String message = error.getMessage(null);
        if (error.getSource() == null) {
            return message;
        }
        Path file = Path.of(error.getSource().toUri());
        for (Source source : sources) {
            if (source.path().toAbsolutePath().equals(file.toAbsolutePath())) {
                return "README.md:" + (source.firstReadmeLine() + error.getLineNumber() - 1) + ": " + message;
            }
        }
        return file.getFileName() + ":" + error.getLineNumber() + ": " + message;
    }

    /**
     * Getting started's program prints what its comments say it prints: each comment line that
     * follows a line that prints.
     */
    @Test
    void gettingStartedPrintsWhatItsCommentsSay() throws Exception {
        Block program = javaBlocks().stream()
                .filter(block -> block.code().contains("public class FirstCheck"))
                .findFirst()
                .orElseThrow();
        Path sources = dir.resolve("src");
        Snippets snippets = new Snippets(sources);
        snippets.add(program);
        Path out = dir.resolve("out");
        assertThat(Javac.compile(sources, out, List.of())).isEmpty();

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream standardOut = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass("FirstCheck").getMethod("main", String[].class);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(standardOut);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8).lines().toList())
                .containsExactlyElementsIn(expectedOutput(program.code()))
                .inOrder();
    }

    /** The comment lines that follow a line that prints to standard output, without their {@code //}. */
    private static List<String> expectedOutput(String code) {
        List<String> expected = new ArrayList<>();
        boolean afterPrint = false;
        for (String line : code.lines().toList()) {
            String trimmed = line.strip();
            if (afterPrint && trimmed.startsWith("// ")) {
                expected.add(trimmed.substring(3));
            } else {
                afterPrint = trimmed.contains("System.out");
            }
        }
        return expected;
    }
}
