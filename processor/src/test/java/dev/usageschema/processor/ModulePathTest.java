package dev.usageschema.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.usageschema.Validated;
import jakarta.validation.Valid;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Schemas in a named module: the runtime and the Jakarta Validation API on the module path, the
 * processor run by javac in this process. What the user's {@code module-info.java} must say.
 */
class ModulePathTest {

    private static final String CHAT_USAGE = """
            package com.example.usage;

            import dev.usageschema.AtMost;
            import dev.usageschema.Sum;
            import dev.usageschema.UsageSchema;
            import dev.usageschema.WireNaming;
            import java.util.Optional;

            @UsageSchema(naming = WireNaming.SNAKE_CASE)
            public interface ChatUsage {
                long promptTokens();

                long completionTokens();

                @Sum({"promptTokens", "completionTokens"})
                long totalTokens();

                @AtMost("promptTokens")
                Optional<PromptDetails> promptTokensDetails();
            }
            """;

    private static final String PROMPT_DETAILS = """
            package com.example.usage;

            import dev.usageschema.UsageSchema;
            import dev.usageschema.WireNaming;
            import java.util.OptionalLong;

            @UsageSchema(naming = WireNaming.SNAKE_CASE)
            public interface PromptDetails {
                OptionalLong cachedTokens();
            }
            """;

    /** Builds one valid and one invalid value inside the module, for the run-time check. */
    private static final String RUN = """
            package com.example.usage;

            final class Run {
                private Run() {
                }

                static String run() {
                    ImmutableChatUsage valid = ImmutableChatUsage.builder()
                            .promptTokens(9).completionTokens(12).totalTokens(21).build();
                    return valid + " | " + ImmutableChatUsage.builder()
                            .promptTokens(9).completionTokens(12).totalTokens(21)
                            .promptTokensDetails(ImmutablePromptDetails.builder().cachedTokens(10).build())
                            .tryBuild();
                }
            }
            """;

    @TempDir
    Path dir;

    /**
     * The two {@code module-info.java} that README shows: a module that keeps its schemas to itself,
     * and one that exports them, whose public models then show the runtime's types to the modules
     * that read it; and a module that reads {@code java.compiler} anyway, whose generated classes
     * then carry the JDK's {@code @Generated} too.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        """
        module com.example.usage {
            requires dev.usageschema;
        }
        """,
        """
        module com.example.usage {
            requires transitive dev.usageschema;

            exports com.example.usage;
        }
        """,
        """
        module com.example.usage {
            requires dev.usageschema;
            requires static java.compiler;
        }
        """,
    })
    void aNamedModuleCompilesItsSchemasWithoutAWarningAndRuns(String moduleInfo) throws Exception {
        Path out = dir.resolve("out");
        List<Diagnostic<? extends JavaFileObject>> diagnostics = compile(moduleInfo, RUN, List.of(), out, "-Xlint:all",
                "-Werror");

        assertWithMessage("diagnostics").that(describe(diagnostics)).isEmpty();
        assertThat(Files.exists(out.resolve("module-info.class"))).isTrue();
        assertThat(Files.exists(out.resolve("com/example/usage/ImmutableChatUsage.class"))).isTrue();
        assertThat(Files.exists(out.resolve("com/example/usage/ImmutablePromptDetails.class"))).isTrue();

        // At run time java.compiler is not needed: @Generated is a source annotation.
        ModuleLayer boot = ModuleLayer.boot();
        Configuration configuration = boot.configuration().resolve(
                ModuleFinder.of(out, location(Validated.class), location(Valid.class)),
                ModuleFinder.of(), Set.of("com.example.usage"));
        ModuleLayer.Controller controller = ModuleLayer.defineModulesWithOneLoader(configuration, List.of(boot),
                ClassLoader.getPlatformClassLoader());
        Module module = controller.layer().findModule("com.example.usage").orElseThrow();
        controller.addOpens(module, "com.example.usage", ModulePathTest.class.getModule());
        Method run = module.getClassLoader().loadClass("com.example.usage.Run").getDeclaredMethod("run");

        assertThat(run.getDeclaringClass().getModule()).isSameInstanceAs(module);
        assertThat(module.getDescriptor().isAutomatic()).isFalse();
        assertThat(controller.layer().findModule("dev.usageschema").orElseThrow().getDescriptor().isAutomatic())
                .isFalse();
        run.setAccessible(true);
        assertThat(run.invoke(null)).isEqualTo(
                "ChatUsage{promptTokens=9, completionTokens=12, totalTokens=21} | Invalid[ERROR AT_MOST at"
                        + " /prompt_tokens_details/cached_tokens: cachedTokens 10 > promptTokens 9]");
    }

    /**
     * Compiles the module's sources with the processor, the runtime, the Jakarta Validation API and
     * {@code modulePath} on the module path; every diagnostic javac reported.
     */
    private List<Diagnostic<? extends JavaFileObject>> compile(String moduleInfo, String run, List<Path> modulePath,
            Path out, String... options) throws IOException {
        Path src = dir.resolve("src");
        Path pkg = Files.createDirectories(src.resolve("com/example/usage"));
        Files.writeString(src.resolve("module-info.java"), moduleInfo);
        Files.writeString(pkg.resolve("ChatUsage.java"), CHAT_USAGE);
        Files.writeString(pkg.resolve("PromptDetails.java"), PROMPT_DETAILS);
        Files.writeString(pkg.resolve("Run.java"), run);
        Files.createDirectories(out);

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<Path> modules = new ArrayList<>(List.of(location(Validated.class), location(Valid.class)));
            modules.addAll(modulePath);
            files.setLocationFromPaths(StandardLocation.MODULE_PATH, modules);
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
            List<Path> sources;
            try (Stream<Path> walk = Files.walk(src)) {
                sources = walk.filter(path -> path.toString().endsWith(".java")).toList();
            }
            JavaCompiler.CompilationTask task = compiler.getTask(null, files, diagnostics,
                    List.of(options), null, files.getJavaFileObjectsFromPaths(sources));
            task.setProcessors(List.of(new UsageSchemaProcessor()));
            boolean succeeded = task.call();
            assertThat(succeeded).isEqualTo(diagnostics.getDiagnostics().stream()
                    .noneMatch(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR));
        }
        return diagnostics.getDiagnostics();
    }

    /** Reads usage inside a record of the module's own through a mapper that found its modules itself. */
    private static final String JSON_RUN = """
            package com.example.usage;

            import dev.usageschema.jackson%1$d.InvalidUsageException;
            import %2$s.databind.json.JsonMapper;

            final class Run {
                private Run() {
                }

                record Completion(String id, ChatUsage usage) {
                }

                static String run() throws Exception {
                    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
                    Completion completion = mapper.readValue("{\\"id\\":\\"c1\\",\\"usage\\":{\\"prompt_tokens\\":9,"
                            + "\\"completion_tokens\\":12,\\"total_tokens\\":21,\\"prompt_tokens_details\\":{\\"cached_tokens\\":4}}}",
                            Completion.class);
                    String refused;
                    try {
                        mapper.readValue("{\\"prompt_tokens\\":9,\\"completion_tokens\\":12,\\"total_tokens\\":20}", ChatUsage.class);
                        refused = "read";
                    } catch (InvalidUsageException invalid) {
                        refused = invalid.violations().toString();
                    }
                    return completion.usage().getClass().getSimpleName() + " | " + mapper.writeValueAsString(completion)
                            + " | " + refused;
                }
            }
            """;

    /**
     * The module-info that README shows for schemas read through Jackson: JDK 17's javac refused its
     * {@code provides} line before ("the service implementation does not have a default
     * constructor"), because the processor asked for the module's directives before the JSON forms
     * it names were generated. Run in a module layer, {@code findAndAddModules} registers the
     * schemas through it, and reads and writes usage inside the module's own record.
     */
    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void aModuleOfSchemasProvidesItsJsonFormsToJacksonsModuleDiscovery(int major) throws Exception {
        String jackson = major == 2 ? "com.fasterxml.jackson" : "tools.jackson";
        String moduleInfo = """
                module com.example.usage {
                    requires dev.usageschema.jackson%1$d;

                    opens com.example.usage to %2$s.databind;

                    provides dev.usageschema.json.JsonSchema
                            with com.example.usage.ImmutableChatUsage.Json, com.example.usage.ImmutablePromptDetails.Json;
                }
                """.formatted(major, jackson);
        Path out = dir.resolve("out");
        List<Diagnostic<? extends JavaFileObject>> diagnostics = compile(moduleInfo, JSON_RUN.formatted(major, jackson),
                JacksonJars.of(major), out, "-Xlint:all", "-Werror");

        assertWithMessage("diagnostics").that(describe(diagnostics)).isEmpty();
        assertThat(Files.exists(out.resolve("com/example/usage/ImmutableChatUsage$Json.class"))).isTrue();
        assertThat(run(out, JacksonJars.of(major))).isEqualTo("ImmutableChatUsage | {\"id\":\"c1\",\"usage\":"
                + "{\"prompt_tokens\":9,\"completion_tokens\":12,\"total_tokens\":21,\"prompt_tokens_details\":"
                + "{\"cached_tokens\":4}}} | [ERROR SUM at /total_tokens: promptTokens 9 + completionTokens 12 !="
                + " totalTokens 20]");
    }

    /**
     * Without the {@code provides} line no schema is registered, as before, but no longer silently:
     * the module found by discovery logs that it found no JSON form, and what a module declares.
     */
    @Test
    void withoutProvidesTheDiscoveredModuleSaysItFoundNoJsonForm() throws Exception {
        Path out = dir.resolve("out");
        List<Diagnostic<? extends JavaFileObject>> diagnostics = compile("""
                module com.example.usage {
                    requires dev.usageschema.jackson3;

                    opens com.example.usage to tools.jackson.databind;
                }
                """, JSON_RUN.formatted(3, "tools.jackson"), JacksonJars.of(3), out, "-Xlint:all", "-Werror");
        assertWithMessage("diagnostics").that(describe(diagnostics)).isEmpty();
        List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("dev.usageschema");
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                logged.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            java.lang.reflect.InvocationTargetException failed = org.junit.jupiter.api.Assertions.assertThrows(
                    java.lang.reflect.InvocationTargetException.class, () -> run(out, JacksonJars.of(3)));
            assertThat(failed.getCause().getMessage()).contains("abstract types");
        } finally {
            logger.removeHandler(handler);
        }
        assertThat(logged).contains("UsageSchemaModule found no JSON form of a generated model, so that its mapper reads"
                + " none: on the class path the processor lists them in META-INF/services/dev.usageschema.json.JsonSchema;"
                + " on the module path the module of schemas declares provides dev.usageschema.json.JsonSchema with"
                + " ImmutableX.Json, ...");
    }

    /** Runs {@code Run.run()} of the compiled module in a layer of its own, with the layer's loader as the context loader. */
    private static Object run(Path out, List<Path> modulePath) throws Exception {
        List<Path> path = new ArrayList<>(List.of(out, location(Validated.class), location(Valid.class)));
        path.addAll(modulePath);
        ModuleLayer boot = ModuleLayer.boot();
        Configuration configuration = boot.configuration().resolveAndBind(ModuleFinder.of(path.toArray(Path[]::new)),
                ModuleFinder.of(), Set.of("com.example.usage"));
        ModuleLayer.Controller controller = ModuleLayer.defineModulesWithOneLoader(configuration, List.of(boot),
                ClassLoader.getPlatformClassLoader());
        Module module = controller.layer().findModule("com.example.usage").orElseThrow();
        controller.addOpens(module, "com.example.usage", ModulePathTest.class.getModule());
        Method run = module.getClassLoader().loadClass("com.example.usage.Run").getDeclaredMethod("run");
        run.setAccessible(true);
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        // What an application on the module path has: its modules' loader as the context loader.
        thread.setContextClassLoader(module.getClassLoader());
        try {
            return run.invoke(null);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** The jar, or the classes folder, that {@code type} was loaded from. */
    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> describe(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        List<String> lines = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
            lines.add(diagnostic.getKind() + " " + (diagnostic.getSource() == null ? "" : diagnostic.getSource().getName())
                    + ":" + diagnostic.getLineNumber() + ": " + diagnostic.getMessage(Locale.ROOT));
        }
        return lines;
    }
}
