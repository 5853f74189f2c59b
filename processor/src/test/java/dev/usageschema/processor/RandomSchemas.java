package dev.usageschema.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes random schemas for the fuzz test: valid ones that use the whole language (every type,
 * optional and nullable, sums, bounds, nesting, wire names, severities), and invalid ones that are
 * a valid one with exactly one known defect, whose line the compile error must point at.
 */
final class RandomSchemas {

    /** A schema's source, and for an invalid one the line its error belongs on (0 when valid). */
    record Generated(String name, String source, int defectLine, String defect) {
        boolean valid() {
            return defectLine == 0;
        }
    }

    /** The nested schema that generated schemas may hold; it has counts, so bounds on it mean something. */
    static final String DETAILS = """
            package fuzz;
            import dev.usageschema.*;
            import java.util.*;
            @UsageSchema
            public interface Details {
                OptionalLong cached();
                @Nullable Integer audio();
            }
            """;

    private static final String HEADER = "package fuzz;\nimport dev.usageschema.*;\nimport java.util.*;\n";
    private static final int FIRST_PROPERTY_LINE = 6;

    /** Property types by the widest count they hold; {@code null} width for what is not a count. */
    private enum Type {
        INT("int", 1, true), LONG("long", 3, true), DOUBLE("double", 2, true),
        BOXED_INT("Integer", 1, false), BOXED_LONG("Long", 3, false), BOXED_DOUBLE("Double", 2, false),
        OPTIONAL_INT("OptionalInt", 1, false), OPTIONAL_LONG("OptionalLong", 3, false),
        OPTIONAL_DOUBLE("OptionalDouble", 2, false),
        STRING("String", 0, false), OPTIONAL_STRING("Optional<String>", 0, false), BOOLEAN("boolean", 0, true),
        DETAILS("Details", 0, false), OPTIONAL_DETAILS("Optional<Details>", 0, false);

        final String java;
        final int width;
        final boolean primitive;

        Type(String java, int width, boolean primitive) {
            this.java = java;
            this.width = width;
            this.primitive = primitive;
        }

        boolean isCount() {
            return width > 0;
        }

        boolean isNested() {
            return this == DETAILS || this == OPTIONAL_DETAILS;
        }
    }

    private record Prop(String name, Type type, boolean int32, List<String> annotations) {
        int width() {
            return int32 ? 1 : type.width;
        }
    }

    private final Random random;

    RandomSchemas(long seed) {
        this.random = new Random(seed);
    }

    Generated valid(String name) {
        List<Prop> props = validProperties();
        return new Generated(name, source(name, header(), render(props)), 0, "");
    }

    Generated invalid(String name) {
        List<Prop> props = validProperties();
        List<String> lines = render(props);
        int defect = random.nextInt(Defect.values().length);
        List<Integer> declared = new ArrayList<>();
        for (int i = 0; i < props.size(); i++) {
            if (props.get(i).type() != null) {
                declared.add(i);
            }
        }
        int at = declared.get(random.nextInt(declared.size()));
        Prop target = props.get(at);
        String countName = firstCount(props, "brokenRef");
        String line;
        switch (Defect.values()[defect]) {
            case UNKNOWN_SUM_PART -> line = "@Sum({\"nowhere\"}) long brokenTotal();";
            case SUM_ON_STRING -> line = "@Sum({\"" + countName + "\"}) String brokenTotal();";
            case NULLABLE_PRIMITIVE -> line = "@Nullable long brokenCount();";
            case INT32_ON_STRING -> line = "@Int32 String brokenName();";
            case FLOAT_TYPE -> line = "float brokenRatio();";
            case PARAMETERS -> line = "long brokenTokens(int kind);";
            case DUPLICATE_WIRE_NAME -> line = "@WireName(\"" + wireNameOf(target) + "\") long brokenTwin();";
            case SELF_BOUND -> line = "@AtMost(\"brokenSelf\") long brokenSelf();";
            case ARRAY -> line = "long[] brokenCounts();";
            case OPTIONAL_OF_BOX -> line = "Optional<Long> brokenOptional();";
            case NOT_A_COUNT_WITH_SUM -> line = "@NotACount @Sum({\"brokenPart\"}) long brokenConflict();";
            case RESERVED_NAME -> line = "long toBuilder();";
            case NARROW_TOTAL -> line = "@Sum({\"brokenWide\"}) int brokenNarrow();";
            case BOUND_ON_STRING -> line = "@AtMost(\"" + countName + "\") String brokenBounded();";
            case BOUND_TO_UNKNOWN -> line = "@AtMost(\"nowhere\") long brokenBounded();";
            default -> throw new IllegalStateException();
        }
        Defect kind = Defect.values()[defect];
        List<String> broken = new ArrayList<>(lines);
        int insertAt = at + 1;
        broken.add(insertAt, "    " + line);
        if (kind == Defect.NOT_A_COUNT_WITH_SUM) {
            broken.add("    long brokenPart();");
        } else if (kind == Defect.NARROW_TOTAL) {
            broken.add("    long brokenWide();");
        } else if ((kind == Defect.SUM_ON_STRING || kind == Defect.BOUND_ON_STRING) && countName.equals("brokenRef")) {
            broken.add("    long brokenRef();");
        }
        return new Generated(name, source(name, header(), broken), FIRST_PROPERTY_LINE + insertAt, kind.name());
    }

    /**
     * Names that careless generated code collides with: case variants, names of generated members
     * and locals, of types the generated code uses, of builder methods, and one with a {@code $}.
     */
    private static final String[] AWKWARD_NAMES = {
        "a", "A", "aB", "a_b", "A_B", "ab", "sumOfTotalTokens", "boundOnCached", "declaredWireNames", "Counts",
        "Optional", "Objects", "Violations", "Copies", "Texts", "value", "builder", "h", "that", "other", "text",
        "found", "yield", "record", "var", "from", "build", "tryBuild", "check", "of", "copyOf", "getA", "clearA", "withA", "putExtra",
        "p$1", "$given0", "a$count", "totalTokens", "promptTokens", "Builder"
    };

    /** Types beyond the valid generator's: collections, nested generics, optionals of optionals. */
    private static final String[] AWKWARD_TYPES = {
        "long", "OptionalLong", "Long", "double", "String", "List<String>", "Optional<List<String>>",
        "Map<String, List<Long>>", "Set<Integer>", "Collection<String>", "Optional<Optional<Long>>",
        "Optional<Optional<String>>", "Optional<Details>", "Details", "List<Details>", "Optional<Map<String, Details>>",
        "Optional<List<Details>>", "@UniqueBy(\"audio\") List<Details>", "@UniqueBy(\"audio\") Optional<List<Details>>",
        "@NotACount(min = 0, max = 10) OptionalDouble", "@NotACount(whole = true) Double", "@NotACount(min = 0) long",
        "@AtMost(value = \"a\", count = \"cached\") Optional<Details>", "@Sum(\"l[].cached\") OptionalLong"
    };

    /**
     * A schema from the families that broke generated code before: awkward names, deprecated
     * accessors, throws clauses, sealed schemas, nested generic types. Whether it is valid is not
     * known; it must compile cleanly or get tagged errors on its own source.
     */
    Generated wild(String name) {
        List<String> lines = new ArrayList<>();
        List<String> names = new ArrayList<>(List.of(AWKWARD_NAMES));
        java.util.Collections.shuffle(names, random);
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            String type = AWKWARD_TYPES[random.nextInt(AWKWARD_TYPES.length)];
            String annotations = switch (random.nextInt(8)) {
                case 0 -> "@Deprecated ";
                case 1 -> "/** @deprecated gone */ @Deprecated ";
                case 2 -> "@Nullable ";
                default -> "";
            };
            String throwsClause = random.nextInt(10) == 0 ? " throws Exception" : "";
            lines.add("    " + annotations + type + " " + names.get(i) + "()" + throwsClause + ";");
        }
        boolean sealed = random.nextInt(10) == 0;
        String header = "@UsageSchema(naming = WireNaming." + (random.nextBoolean() ? "SNAKE_CASE" : "CAMEL_CASE") + ")";
        String source = source(name, header, lines);
        if (sealed) {
            source = source.replace("public interface " + name + " {", "public sealed interface " + name
                    + " permits " + name + ".Open {\n    non-sealed abstract class Open implements " + name + " {\n    }");
        }
        return new Generated(name, source, -1, "wild");
    }

    private enum Defect {
        UNKNOWN_SUM_PART, SUM_ON_STRING, NULLABLE_PRIMITIVE, INT32_ON_STRING, FLOAT_TYPE, PARAMETERS,
        DUPLICATE_WIRE_NAME, SELF_BOUND, ARRAY, OPTIONAL_OF_BOX, NOT_A_COUNT_WITH_SUM, RESERVED_NAME,
        NARROW_TOTAL, BOUND_ON_STRING, BOUND_TO_UNKNOWN
    }

    private static String firstCount(List<Prop> props, String fallback) {
        return props.stream().filter(RandomSchemas::isPlainCount).map(Prop::name).findFirst().orElse(fallback);
    }

    /** Generated names ({@code p3}) read the same in snake_case and camelCase. */
    private static String wireNameOf(Prop prop) {
        return prop.annotations().stream().anyMatch(a -> a.startsWith("@WireName")) ? "w_" + prop.name() : prop.name();
    }

    private String header() {
        String naming = random.nextBoolean() ? "WireNaming.SNAKE_CASE" : "WireNaming.CAMEL_CASE";
        String severity = new String[] {"ERROR", "WARNING", "OFF"}[random.nextInt(3)];
        return "@UsageSchema(naming = " + naming + ", severity = Severity." + severity + ")";
    }

    private static String source(String name, String annotation, List<String> lines) {
        StringBuilder source = new StringBuilder(HEADER).append(annotation).append('\n')
                .append("public interface ").append(name).append(" {\n");
        for (String line : lines) {
            source.append(line).append('\n');
        }
        return source.append("}\n").toString();
    }

    private List<Prop> validProperties() {
        int count = 1 + random.nextInt(8);
        List<Prop> props = new ArrayList<>();
        boolean additional = false;
        for (int i = 0; i < count; i++) {
            String name = "p" + i;
            Type type = Type.values()[random.nextInt(Type.values().length)];
            List<String> annotations = new ArrayList<>();
            boolean int32 = false;
            if (!type.primitive && random.nextInt(4) == 0) {
                annotations.add("@Nullable");
            }
            if (type.isCount() && type.width == 3 && random.nextInt(4) == 0) {
                annotations.add("@Int32");
                int32 = true;
            }
            if (random.nextInt(3) == 0) {
                annotations.add("@WireName(value = \"w_" + name + "\", alternates = {\"alt_" + name + "\"})");
            }
            Prop candidate = new Prop(name, type, int32, annotations);
            if (type.isCount() && !int32 && random.nextInt(6) == 0) {
                annotations.add("@NotACount");
            } else if (type.isCount()) {
                addSum(candidate, props, annotations);
                if (annotations.stream().noneMatch(a -> a.startsWith("@Sum"))) {
                    addBound(props, annotations);
                }
            } else if (type.isNested()) {
                addBound(props, annotations);
            }
            props.add(new Prop(name, type, int32, annotations));
            if (!additional && random.nextInt(10) == 0) {
                additional = true;
                props.add(new Prop("extra" + i, null, false, List.of("@AdditionalProperties")));
            }
        }
        return props;
    }

    /** A sum over earlier counts no wider than this one, so that no cycle and no width error can arise. */
    private void addSum(Prop total, List<Prop> earlier, List<String> annotations) {
        List<String> parts = new ArrayList<>();
        for (Prop part : earlier) {
            if (isPlainCount(part) && part.width() <= total.width() && random.nextInt(2) == 0) {
                parts.add('"' + part.name() + '"');
            }
        }
        if (parts.isEmpty() || random.nextInt(3) == 0) {
            return;
        }
        String whenAbsent = random.nextBoolean() ? ", whenAbsent = AbsentParts.COUNT_AS_ZERO" : "";
        String derive = random.nextBoolean() ? ", derive = true" : "";
        annotations.add("@Sum(value = {" + String.join(", ", parts) + "}" + whenAbsent + derive + severity() + ")");
    }

    /** A bound to an earlier count, so that no cycle can arise. */
    private void addBound(List<Prop> earlier, List<String> annotations) {
        List<Prop> counts = earlier.stream().filter(RandomSchemas::isPlainCount).toList();
        if (counts.isEmpty() || random.nextInt(2) == 0) {
            return;
        }
        annotations.add("@AtMost(value = \"" + counts.get(random.nextInt(counts.size())).name() + "\"" + severity() + ")");
    }

    private String severity() {
        return switch (random.nextInt(4)) {
            case 0 -> ", severity = Severity.WARNING";
            case 1 -> ", severity = Severity.OFF";
            default -> "";
        };
    }

    private static boolean isPlainCount(Prop prop) {
        return prop.type() != null && prop.type().isCount() && !prop.annotations().contains("@NotACount");
    }

    private static List<String> render(List<Prop> props) {
        List<String> lines = new ArrayList<>();
        for (Prop prop : props) {
            String type = prop.type() == null ? "Map<String, Object>" : prop.type().java;
            String annotations = prop.annotations().isEmpty() ? "" : String.join(" ", prop.annotations()) + " ";
            lines.add("    " + annotations + type + " " + prop.name() + "();");
        }
        return lines;
    }
}
