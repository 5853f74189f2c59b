package dev.usageschema.readme;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import dev.usageschema.readme.Readme.Block;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The Java sources a context's blocks become, each mapped back to the README line it starts at.
 *
 * <p>A context is a directory of {@code src/test/resources/readme/}: its {@code Given.java} declares,
 * in package {@code readme.CONTEXT}, the imports the context's blocks use and, as fields, the values
 * they take as given ({@code responseBody}, {@code sse}); its other files declare the types they take
 * as given. By the kind of its marker, a block is
 * <ul>
 *   <li>{@code file}: a whole source file, compiled as it is;</li>
 *   <li>{@code types}: top-level types, each compiled in a file of its own, in the context's package
 *       with its imports;</li>
 *   <li>{@code statements}: the body of a method of a class that extends {@code Given};</li>
 *   <li>{@code module}: a {@code module-info.java}, compiled on the module path with the context's
 *       sources.</li>
 * </ul>
 */
final class Snippets {

    /** The contexts' directories. */
    static final Path CONTEXTS = Path.of("src", "test", "resources", "readme");

    private static final Pattern IMPORT = Pattern.compile("(?m)^import [^;]+;$");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);$");
    private static final Pattern PUBLIC_TYPE = Pattern.compile("(?m)^public (?:final |abstract )*(?:class|interface|record|enum) (\\w+)");

    /** A source written for a block: where it is, and the README line its first line stands for. */
    record Source(Path path, String readmeFile, int firstReadmeLine) {
    }

    private final Path dir;
    private final List<Source> sources = new ArrayList<>();

    Snippets(Path dir) {
        this.dir = dir;
    }

    List<Source> sources() {
        return sources;
    }

    /**
     * Copies the context's own sources, the givens, into the directory: its files into the package
     * {@code readme.CONTEXT}, the files of its folders (a module's packages) where they are.
     */
    void addContext(String context) throws IOException {
        Path from = CONTEXTS.resolve(context);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path to = file.getParent().equals(from)
                        ? dir.resolve("readme").resolve(context).resolve(file.getFileName().toString())
                        : dir.resolve(from.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
            }
        }
    }

    /** Writes the block as its marker's kind says. */
    void add(Block block) throws IOException {
        switch (block.marker().kind()) {
            case "file" -> addFile(block);
            case "types" -> addTypes(block);
            case "statements" -> addStatements(block);
            case "module" -> write(dir.resolve("module-info.java"), block.code(), block, 0);
            default -> throw new IllegalArgumentException(block.where() + ": no kind " + block.marker().kind());
        }
    }

    private void addFile(Block block) throws IOException {
        Matcher pkg = PACKAGE.matcher(block.code());
        Path folder = pkg.find() ? dir.resolve(pkg.group(1).replace('.', '/')) : dir;
        write(folder.resolve(publicType(block.code(), block) + ".java"), block.code(), block, 0);
    }

    private void addTypes(Block block) throws IOException {
        String context = block.marker().context();
        String header = "package readme." + context + ";\n" + imports(context);
        int headerLines = (int) header.lines().count();
        for (Map.Entry<Integer, String> type : topLevelTypes(block).entrySet()) {
            String code = type.getValue();
            write(dir.resolve("readme").resolve(context).resolve(publicType(code, block) + ".java"), header + code,
                    block, headerLines - type.getKey());
        }
    }

    private void addStatements(Block block) throws IOException {
        String context = block.marker().context();
        String name = "BlockAtLine" + block.firstLine();
        String header = "package readme." + context + ";\n" + imports(context)
                + "@SuppressWarnings(\"unused\")\nclass " + name + " extends Given {\nvoid block() throws Exception {\n";
        write(dir.resolve("readme").resolve(context).resolve(name + ".java"), header + block.code() + "}\n}\n", block,
                (int) header.lines().count());
    }

    private void write(Path path, String code, Block block, int linesBefore) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, code);
        sources.add(new Source(path, block.where(), block.firstLine() - linesBefore));
    }

    private static String imports(String context) {
        try {
            String given = Files.readString(CONTEXTS.resolve(context).resolve("Given.java"));
            StringBuilder imports = new StringBuilder();
            IMPORT.matcher(given).results().forEach(line -> imports.append(line.group()).append('\n'));
            return imports.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String publicType(String code, Block block) {
        Matcher type = PUBLIC_TYPE.matcher(code);
        if (!type.find()) {
            throw new IllegalArgumentException(block.where() + ": the block declares no public type to name its file");
        }
        return type.group(1);
    }

    /** The block's top-level types as javac parses them, each by the block line (from 0) it starts on. */
    private static Map<Integer, String> topLevelTypes(Block block) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        SimpleJavaFileObject source = new SimpleJavaFileObject(URI.create("string:///Block.java"),
                SimpleJavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return block.code();
            }
        };
        JavacTask task = (JavacTask) compiler.getTask(null, null, diagnostic -> { }, List.of(), null, List.of(source));
        CompilationUnitTree unit = task.parse().iterator().next();
        SourcePositions positions = Trees.instance(task).getSourcePositions();
        Map<Integer, String> types = new LinkedHashMap<>();
        for (Tree type : unit.getTypeDecls()) {
            int start = (int) positions.getStartPosition(unit, type);
            int end = (int) positions.getEndPosition(unit, type);
            int line = (int) block.code().substring(0, start).chars().filter(c -> c == '\n').count();
            types.put(line, block.code().substring(start, end) + "\n");
        }
        if (types.isEmpty()) {
            throw new IllegalArgumentException(block.where() + ": a types block that declares no type");
        }
        return types;
    }
}
