package dev.usageschema.readme;

import dev.usageschema.processor.UsageSchemaProcessor;
import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolvedModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** javac with usage-schema's processor over sources written to a directory, as a user's build runs it. */
final class Javac {

    private Javac() {
    }

    /** The jars and directories of this test's class path: every published module, and what they need. */
    static List<Path> classPath() {
        List<Path> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry));
            }
        }
        return entries;
    }

    /**
     * Compiles every {@code .java} file under {@code sources} into {@code out}, with the processor,
     * on the class path, or on the module path when {@code modulePath} is not empty; the errors
     * javac reported.
     */
    static List<Diagnostic<? extends JavaFileObject>> compile(Path sources, Path out, List<Path> modulePath)
            throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            if (modulePath.isEmpty()) {
                files.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath());
            } else {
                files.setLocationFromPaths(StandardLocation.MODULE_PATH, modulePath);
            }
            Files.createDirectories(out.resolve("generated"));
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
            files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(out.resolve("generated")));
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(sources)) {
                paths = walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
            }
            JavaCompiler.CompilationTask task = compiler.getTask(null, files, diagnostics,
                    List.of("--release", "17"), null, files.getJavaFileObjectsFromPaths(paths));
            // The processor alone, as a user's annotationProcessorPaths give it: the class path holds
            // others (Log4j's, through Spark) that no README project runs.
            task.setProcessors(List.of(new UsageSchemaProcessor()));
            task.call();
        }
        return diagnostics.getDiagnostics().stream()
                .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
                .toList();
    }

    /**
     * The jars of the class path that hold the named modules and every module they require, for a
     * module path: a jar from which no module can be derived (most of Spark's) is not among them.
     */
    static List<Path> modulePathFor(Set<String> roots) {
        Map<String, Path> byName = new LinkedHashMap<>();
        for (Path entry : classPath()) {
            try {
                for (ModuleReference module : ModuleFinder.of(entry).findAll()) {
                    byName.putIfAbsent(module.descriptor().name(), entry);
                }
            } catch (FindException notAModule) {
                // A jar whose name gives no module name: no README module requires one.
            }
        }
        ModuleFinder finder = ModuleFinder.of(byName.entrySet().stream()
                .filter(named -> roots.contains(named.getKey()) || !isAutomatic(named.getValue()))
                .map(Map.Entry::getValue)
                .toArray(Path[]::new));
        Configuration resolved = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), roots);
        return resolved.modules().stream()
                .map(ResolvedModule::name)
                .map(byName::get)
                .toList();
    }

    private static boolean isAutomatic(Path entry) {
        return ModuleFinder.of(entry).findAll().stream().allMatch(module -> module.descriptor().isAutomatic());
    }
}
