package dev.usageschema.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes random schemas for the fuzz test: valid ones that use the whole language (every type,
 * optional and nullable, sums, bounds, nesting, lists of nested schemas, unique keys, paths into
 * nested objects, totals inside them, ranges, wire names, severities), and invalid ones that are
 * a valid one with exactly one known defect, whose line the compile error must point at.
 */
final class RandomSchemas {

    /** A schema's source, and for an invalid one the line its error belongs on (0 when valid). */
    record Generated(String name, String source, int defectLine, String defect) {
        boolean valid() {
            return defectLine == 0;
        }
    }

    /**
     * The nested schema that generated schemas may hold, alone or in lists; it has counts, so bounds
     * on it mean something, and a schema nested in it, so that paths can go two levels down.
     */
    static final String DETAILS = """
            package fuzz;
            import dev.usageschema.*;
            import java.util.*;
            @UsageSchema
            public interface Details {
                OptionalLong cached();
                @Nullable Integer audio();
                Optional<Inner> inner();
            }
            """;

    /** What {@link #DETAILS} nests. */
    static final String INNER = """
            package fuzz;
            import dev.usageschema.*;
            import java.util.*;
            @UsageSchema
            public interface Inner {
                OptionalLong deep();
            }
            """;

    /** Counts a path can reach in a {@code Details} (not through a list), with their widths. */
    private static final String[][] NESTED_COUNTS = {{"cached", "3"}, {"audio", "1"}, {"inner.deep", "3"}};

    private static final String HEADER = "package fuzz;\nimport dev.usageschema.*;\nimport java.util.*;\n";
    private static final int FIRST_PROPERTY_LINE = 6;

    /** Property types by the widest count they hold; {@code null} width for what is not a count. */
    private enum Type {
        INT("int", 1, true), LONG("long", 3, true), DOUBLE("double", 2, true),
        BOXED_INT("Integer", 1, false), BOXED_LONG("Long", 3, false), BOXED_DOUBLE("Double", 2, false),
        OPTIONAL_INT("OptionalInt", 1, false), OPTIONAL_LONG("OptionalLong", 3, false),
        OPTIONAL_DOUBLE("OptionalDouble", 2, false),
        STRING("String", 0, false), OPTIONAL_STRING("Optional<String>", 0, false), BOOLEAN("boolean", 0, true),
        DETAILS("Details", 0, false), OPTIONAL_DETAILS("Optional<Details>", 0, false),
        DETAILS_LIST("List<Details>", 0, false), OPTIONAL_DETAILS_LIST("Optional<List<Details>>", 0, false);

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

        boolean isList() {
            return this == DETAILS_LIST || this == OPTIONAL_DETAILS_LIST;
        }

        boolean isFloating() {
            return this == DOUBLE || this == BOXED_DOUBLE || this == OPTIONAL_DOUBLE;
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
            case PATH_THROUGH_COUNT -> line = "@AtMost(\"" + countName + ".cached\") long brokenBounded();";
            case PATH_TO_UNKNOWN_COUNT -> line = "@Sum({\"brokenDetails.inner.nowhere\"}) long brokenTotal();";
            case UNKNOWN_UNIQUE_KEY -> line = "@UniqueBy(\"nowhere\") List<Details> brokenList();";
            case UNKNOWN_LIST_COUNT -> line = "@AtMost(value = \"" + countName + "\", count = \"nowhere\") List<Details> brokenList();";
            case DERIVED_NESTED_TOTAL -> line = "@Sum(value = {\"" + countName + "\"}, count = \"cached\", derive = true) Details brokenHolder();";
            case EMPTY_RANGE -> line = "@NotACount(min = 5, max = 1) double brokenRange();";
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
        } else if (kind == Defect.PATH_TO_UNKNOWN_COUNT) {
            broken.add("    Details brokenDetails();");
        } else if ((kind == Defect.SUM_ON_STRING || kind == Defect.BOUND_ON_STRING || kind == Defect.PATH_THROUGH_COUNT
                || kind == Defect.UNKNOWN_LIST_COUNT || kind == Defect.DERIVED_NESTED_TOTAL)
                && countName.equals("brokenRef")) {
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
        NARROW_TOTAL, BOUND_ON_STRING, BOUND_TO_UNKNOWN, PATH_THROUGH_COUNT, PATH_TO_UNKNOWN_COUNT, UNKNOWN_UNIQUE_KEY,
        UNKNOWN_LIST_COUNT, DERIVED_NESTED_TOTAL, EMPTY_RANGE
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
                annotations.add(notACount(type));
            } else if (type.isCount()) {
                addSum(candidate, props, annotations);
                if (annotations.stream().noneMatch(a -> a.startsWith("@Sum"))) {
                    addBound(props, annotations, "");
                }
            } else if (type.isNested()) {
                if (random.nextInt(3) == 0) {
                    addNestedTotal(props, annotations);
                } else {
                    String[] bounded = NESTED_COUNTS[random.nextInt(NESTED_COUNTS.length)];
                    addBound(props, annotations, random.nextBoolean() ? bounded[0] : "");
                }
            } else if (type.isList()) {
                addBound(props, annotations, random.nextBoolean() ? NESTED_COUNTS[random.nextInt(2)][0] : "");
                if (random.nextInt(3) == 0) {
                    annotations.add("@UniqueBy(value = \"audio\"" + severity() + ")");
                }
            }
            props.add(new Prop(name, type, int32, annotations));
            if (!additional && random.nextInt(10) == 0) {
                additional = true;
                props.add(new Prop("extra" + i, null, false, List.of("@AdditionalProperties")));
            }
        }
        return props;
    }

    /**
     * A sum over earlier counts no wider than this one, so that no cycle and no width error can
     * arise: counts of the schema, counts of an earlier nested object (two levels down too), and
     * counts of every element of an earlier list. Only a sum of the schema's own counts is derived.
     */
    private void addSum(Prop total, List<Prop> earlier, List<String> annotations) {
        List<String> parts = new ArrayList<>();
        boolean reachesOut = false;
        for (Prop part : earlier) {
            if (random.nextInt(2) == 0) {
                continue;
            }
            if (isPlainCount(part) && part.width() <= total.width()) {
                parts.add('"' + part.name() + '"');
            } else if (part.type() != null && (part.type().isNested() || part.type().isList())) {
                String[] count = NESTED_COUNTS[random.nextInt(part.type().isList() ? 2 : NESTED_COUNTS.length)];
                if (Integer.parseInt(count[1]) <= total.width()) {
                    parts.add('"' + part.name() + (part.type().isList() ? "[]." : ".") + count[0] + '"');
                    reachesOut = true;
                }
            }
        }
        if (parts.isEmpty() || random.nextInt(3) == 0) {
            return;
        }
        String whenAbsent = random.nextBoolean() ? ", whenAbsent = AbsentParts.COUNT_AS_ZERO" : "";
        String derive = !reachesOut && random.nextBoolean() ? ", derive = true" : "";
        annotations.add("@Sum(value = {" + String.join(", ", parts) + "}" + whenAbsent + derive + severity() + ")");
    }

    /** On a nested schema: one of its counts is the total of earlier counts of the schema. */
    private void addNestedTotal(List<Prop> earlier, List<String> annotations) {
        String[] count = NESTED_COUNTS[random.nextInt(NESTED_COUNTS.length)];
        List<String> parts = earlier.stream()
                .filter(part -> isPlainCount(part) && part.width() <= Integer.parseInt(count[1]))
                .map(part -> '"' + part.name() + '"').toList();
        if (!parts.isEmpty()) {
            annotations.add("@Sum(value = {" + String.join(", ", parts) + "}, count = \"" + count[0] + "\"" + severity() + ")");
        }
    }

    /**
     * A bound to an earlier count, of the schema or of an earlier nested object (not a list), so
     * that no cycle can arise; on a nested schema or a list, of one {@code count} of it when given.
     */
    private void addBound(List<Prop> earlier, List<String> annotations, String count) {
        List<String> bounds = new ArrayList<>();
        for (Prop prop : earlier) {
            if (isPlainCount(prop)) {
                bounds.add(prop.name());
            } else if (prop.type() != null && prop.type().isNested()) {
                bounds.add(prop.name() + "." + NESTED_COUNTS[random.nextInt(NESTED_COUNTS.length)][0]);
            }
        }
        if (bounds.isEmpty() || random.nextInt(2) == 0) {
            return;
        }
        String countAttribute = count.isEmpty() ? "" : ", count = \"" + count + "\"";
        annotations.add("@AtMost(value = \"" + bounds.get(random.nextInt(bounds.size())) + "\"" + countAttribute
                + severity() + ")");
    }

    /** Not a count: with no range, or a range that values can lie in; whole and finite only for floating types. */
    private String notACount(Type type) {
        return switch (random.nextInt(3)) {
            case 0 -> "@NotACount";
            case 1 -> "@NotACount(min = 0, max = 100000" + severity() + ")";
            default -> type.isFloating() ? "@NotACount(min = -1.5, whole = " + random.nextBoolean() + ", finite = "
                    + random.nextBoolean() + ")" : "@NotACount(max = 7)";
        };
    }

    private String severity() {
        return switch (random.nextInt(4)) {
            case 0 -> ", severity = Severity.WARNING";
            case 1 -> ", severity = Severity.OFF";
            default -> "";
        };
    }

    private static boolean isPlainCount(Prop prop) {
        return prop.type() != null && prop.type().isCount()
                && prop.annotations().stream().noneMatch(annotation -> annotation.startsWith("@NotACount"));
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
