package dev.usageschema.benchmarks.compile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One way to declare the benchmark shape, with what javac needs for it. Its sources are the JMH
 * benchmark's own (the build copies them into the jar under {@code compile-units/}), written once
 * per unit with the three type names suffixed by the unit's number.
 */
enum Contender {
    USAGE_SCHEMA("usage-schema", "schema", "usage-schema",
            List.of("BenchUsage", "BenchPromptDetails", "BenchCompletionDetails"), List.of()),
    /** The same, each model with its JSON form, as when a JSON module is on the class path. */
    USAGE_SCHEMA_JSON("usage-schema+json", "schema", "usage-schema",
            List.of("BenchUsage", "BenchPromptDetails", "BenchCompletionDetails"), List.of(), "-Ausageschema.json=true"),
    /** The same, each schema {@code @Addable} too: everything a new user may turn on. */
    USAGE_SCHEMA_EVERYTHING("usage-schema+json+addition", "schema", "usage-schema",
            List.of("BenchUsage", "BenchPromptDetails", "BenchCompletionDetails"), List.of(), "-Ausageschema.json=true") {
        @Override
        String edited(String template) {
            return template.replace("import dev.usageschema.UsageSchema;",
                    "import dev.usageschema.Addable;\nimport dev.usageschema.UsageSchema;")
                    .replace("@UsageSchema(", "@Addable\n@UsageSchema(");
        }
    },
    AUTO_VALUE("AutoValue", "autovalue", "auto-value",
            List.of("AutoValueUsage", "AutoValuePromptDetails", "AutoValueCompletionDetails"), List.of()),
    IMMUTABLES("Immutables", "immutables", "immutables",
            List.of("ImmutablesUsage", "ImmutablesPromptDetails", "ImmutablesCompletionDetails"), List.of()),
    HAND_WRITTEN("hand-written", "handwritten", null,
            List.of("HandWrittenUsage", "HandWrittenPromptDetails", "HandWrittenCompletionDetails"), List.of("Problems")),
    RECORDS("records", "records", null,
            List.of("PlainUsage", "PlainPromptDetails", "PlainCompletionDetails"), List.of());

    /** The types of one unit: the usage and its two details. */
    static final int TYPES_PER_UNIT = 3;

    private final String label;
    private final String packageFolder;
    private final String jarFolder;
    private final List<String> unitTypes;
    private final List<String> sharedTypes;
    private final Pattern unitTypeName;
    private final List<String> options;

    Contender(String label, String packageFolder, String jarFolder, List<String> unitTypes, List<String> sharedTypes,
            String... options) {
        this.options = List.of(options);
        this.label = label;
        this.packageFolder = packageFolder;
        this.jarFolder = jarFolder;
        this.unitTypes = unitTypes;
        this.sharedTypes = sharedTypes;
        // Not after a letter or digit, so that AutoValue's AutoValue_X is renamed with X.
        this.unitTypeName = Pattern.compile("(?<![A-Za-z0-9])(" + String.join("|", unitTypes) + ")\\b");
    }

    String label() {
        return label;
    }

    /** What javac is told beyond the class and processor paths. */
    List<String> options() {
        return options;
    }

    /** Whether an annotation processor writes code for it. */
    boolean generates() {
        return jarFolder != null;
    }

    /** The jars javac runs as processors, copied by the build; empty when none. */
    Path processorPath(Path jars) {
        return jars.resolve(jarFolder).resolve("processor");
    }

    /** The jars the sources compile against (the annotations), copied by the build. */
    Path classPath(Path jars) {
        return jars.resolve(jarFolder).resolve("classpath");
    }

    /** Finds a contender by its label, case aside. */
    static Contender named(String label) {
        for (Contender contender : values()) {
            if (contender.label.equalsIgnoreCase(label)) {
                return contender;
            }
        }
        throw new IllegalArgumentException("no contender " + label + "; there are " + List.of(values()));
    }

    /**
     * Writes {@code units} units under {@code sources}, in the package the templates declare;
     * types shared by every unit (a hand-written helper) once.
     *
     * @return the files written
     */
    List<Path> writeUnits(Path sources, int units) throws IOException {
        Path folder = Files.createDirectories(sources.resolve("dev/usageschema/benchmarks").resolve(packageFolder));
        List<Path> written = new ArrayList<>();
        for (String type : sharedTypes) {
            written.add(Files.writeString(folder.resolve(type + ".java"), template(type)));
        }
        for (String type : unitTypes) {
            String template = template(type);
            for (int unit = 0; unit < units; unit++) {
                written.add(Files.writeString(folder.resolve(type + unit + ".java"), renamed(template, unit)));
            }
        }
        return written;
    }

    /** The template with every unit type's name suffixed by {@code unit}. */
    String renamed(String template, int unit) {
        return unitTypeName.matcher(template).replaceAll("$1" + unit);
    }

    /** The template as this contender declares it; as the JMH benchmark does unless overridden. */
    String edited(String template) {
        return template;
    }

    private String template(String type) {
        String resource = "/compile-units/" + packageFolder + "/" + type + ".java";
        try (InputStream in = Contender.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path: run from benchmarks/target/benchmarks.jar");
            }
            return edited(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return label;
    }
}
