package dev.usageschema.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.usageschema.Severity;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import java.io.InvalidObjectException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random pairs of versions of serializable schemas (the second the first with properties inserted,
 * appended, removed, renamed, retyped or reordered), each version compiled on its own: random valid
 * values of the first are written and read by the second, and must read as the value an oracle
 * maps them to by name (int and long converted where the value fits), built with the second's
 * builder, or be refused with an {@code InvalidObjectException} when the oracle finds no such value;
 * never a model with a count moved. For a longer run: {@code -Dserial.fuzz.schemas=400 -Dserial.fuzz.seed=7}.
 */
class SerialEvolutionFuzzTest {

    private static final int SCHEMAS = Integer.getInteger("serial.fuzz.schemas", 40);
    private static final int VALUES = Integer.getInteger("serial.fuzz.values", 25);
    private static final long SEED = Long.getLong("serial.fuzz.seed", 20261201L);

    private enum Element { LONG, INT, DOUBLE, BOOLEAN, STRING }

    private enum Holder { ONE, LIST, SET, MAP }

    /** What a property can be declared as, and what its values are. */
    private record Kind(String declaration, Holder holder, Element element, boolean required, boolean nullable,
            boolean primitive) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("long", Holder.ONE, Element.LONG, true, false, true),
            new Kind("int", Holder.ONE, Element.INT, true, false, true),
            new Kind("Long", Holder.ONE, Element.LONG, true, false, false),
            new Kind("@Nullable Long", Holder.ONE, Element.LONG, true, true, false),
            new Kind("@Nullable Integer", Holder.ONE, Element.INT, true, true, false),
            new Kind("OptionalLong", Holder.ONE, Element.LONG, false, false, false),
            new Kind("OptionalInt", Holder.ONE, Element.INT, false, false, false),
            new Kind("@Nullable OptionalLong", Holder.ONE, Element.LONG, false, true, false),
            new Kind("@NotACount OptionalDouble", Holder.ONE, Element.DOUBLE, false, false, false),
            new Kind("boolean", Holder.ONE, Element.BOOLEAN, true, false, true),
            new Kind("@Nullable String", Holder.ONE, Element.STRING, true, true, false),
            new Kind("Optional<String>", Holder.ONE, Element.STRING, false, false, false),
            new Kind("List<String>", Holder.LIST, Element.STRING, true, false, false),
            new Kind("List<Long>", Holder.LIST, Element.LONG, true, false, false),
            new Kind("Optional<List<Integer>>", Holder.LIST, Element.INT, false, false, false),
            new Kind("Optional<Set<String>>", Holder.SET, Element.STRING, false, false, false),
            new Kind("Map<String, Long>", Holder.MAP, Element.LONG, true, false, false),
            new Kind("Optional<Map<String, Integer>>", Holder.MAP, Element.INT, false, false, false));

    private static final List<String> NAMES = List.of("input", "output", "cached", "audio", "reasoning", "tags",
            "tier", "regions", "perTool", "model", "seconds", "streamed", "images", "search");

    private record Declared(String name, Kind kind) {
    }

    /** Stands, in the oracle, for a value the reading version cannot hold. */
    private static final Object REFUSED = new Object();

    @Test
    void valuesOfOneVersionReadByAnotherAsTheOracleMapsThemByNameOrAreRefused() throws Exception {
        Random random = new Random(SEED);
        List<List<Declared>> before = new ArrayList<>();
        List<List<Declared>> after = new ArrayList<>();
        List<String> sourcesBefore = new ArrayList<>();
        List<String> sourcesAfter = new ArrayList<>();
        for (int schema = 0; schema < SCHEMAS; schema++) {
            List<Declared> first = properties(random);
            List<Declared> second = evolved(first, random);
            before.add(first);
            after.add(second);
            sourcesBefore.addAll(List.of("evolution.S" + schema, source(schema, first)));
            sourcesAfter.addAll(List.of("evolution.S" + schema, source(schema, second)));
        }
        ClassLoader versionA = CompiledSchemas.load(sourcesBefore.toArray(String[]::new));
        ClassLoader versionB = CompiledSchemas.load(sourcesAfter.toArray(String[]::new));

        int read = 0;
        int refused = 0;
        for (int schema = 0; schema < SCHEMAS; schema++) {
            String model = "evolution.ImmutableS" + schema;
            for (int count = 0; count < VALUES; count++) {
                Map<String, Object> given = values(before.get(schema), random);
                Object written = build(versionA, model, given).orElseThrow();
                Optional<Object> expected = mapped(given, after.get(schema))
                        .flatMap(values -> build(versionB, model, values));
                String context = String.format("seed %s, S%s%n  A: %s%n  B: %s%n  value: %s", SEED, schema,
                        before.get(schema), after.get(schema), given);

                assertWithMessage("the same version, %s", context)
                        .that(SerialVersions.carry(written, versionA)).isEqualTo(written);
                if (expected.isPresent()) {
                    Object back = SerialVersions.carry(written, versionB);
                    assertWithMessage(context).that(back).isEqualTo(expected.get());
                    assertWithMessage(context).that(back.toString()).isEqualTo(expected.get().toString());
                    read++;
                } else {
                    try {
                        Object back = SerialVersions.carry(written, versionB);
                        assertWithMessage("read as %s, but the oracle refuses: %s", back, context).fail();
                    } catch (InvalidObjectException expectedRefusal) {
                        refused++;
                    }
                }
            }
        }
        assertWithMessage("both outcomes must occur, or the fuzz tests one of them only").that(read).isGreaterThan(0);
        assertWithMessage("both outcomes must occur, or the fuzz tests one of them only").that(refused).isGreaterThan(0);
    }

    private static List<Declared> properties(Random random) {
        List<String> names = new ArrayList<>(NAMES);
        Collections.shuffle(names, random);
        List<Declared> properties = new ArrayList<>();
        for (int index = 0, size = 2 + random.nextInt(5); index < size; index++) {
            properties.add(new Declared(names.get(index), KINDS.get(random.nextInt(KINDS.size()))));
        }
        return properties;
    }

    /** The first version changed once or twice, as a schema changes between two releases. */
    private static List<Declared> evolved(List<Declared> first, Random random) {
        List<Declared> second = new ArrayList<>(first);
        for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
            int at = random.nextInt(second.size());
            switch (random.nextInt(7)) {
                case 0 -> second.add(random.nextInt(second.size() + 1), new Declared(unused(second, random), optional(random)));
                case 1 -> second.add(new Declared(unused(second, random), optional(random)));
                case 2 -> {
                    if (second.size() > 1) {
                        second.remove(at);
                    }
                }
                case 3 -> second.set(at, new Declared(unused(second, random), second.get(at).kind()));
                case 4 -> second.set(at, new Declared(second.get(at).name(), KINDS.get(random.nextInt(KINDS.size()))));
                case 5 -> second.add(new Declared(unused(second, random), required(random)));
                default -> Collections.shuffle(second, random);
            }
        }
        return second;
    }

    private static String unused(List<Declared> properties, Random random) {
        while (true) {
            String name = NAMES.get(random.nextInt(NAMES.size()));
            if (properties.stream().noneMatch(property -> property.name().equals(name))) {
                return name;
            }
        }
    }

    private static Kind optional(Random random) {
        List<Kind> optional = KINDS.stream().filter(kind -> !kind.required()).toList();
        return optional.get(random.nextInt(optional.size()));
    }

    private static Kind required(Random random) {
        List<Kind> required = KINDS.stream().filter(Kind::required).toList();
        return required.get(random.nextInt(required.size()));
    }

    private static String source(int schema, List<Declared> properties) {
        StringBuilder source = new StringBuilder("""
                package evolution;
                import dev.usageschema.*;
                import java.io.Serializable;
                import java.util.*;
                @UsageSchema
                public interface S""").append(schema).append(" extends Serializable {\n");
        for (Declared property : properties) {
            source.append("    ").append(property.kind().declaration()).append(' ').append(property.name())
                    .append("();\n");
        }
        return source.append("}\n").toString();
    }

    /** A valid value: each required property given, each optional one given or not, nullable ones sometimes null. */
    private static Map<String, Object> values(List<Declared> properties, Random random) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Declared property : properties) {
            Kind kind = property.kind();
            if (!kind.required() && random.nextInt(3) == 0) {
                continue;
            }
            values.put(property.name(), kind.nullable() && random.nextInt(4) == 0 ? null : value(kind, random));
        }
        return values;
    }

    private static Object value(Kind kind, Random random) {
        return switch (kind.holder()) {
            case ONE -> element(kind.element(), random);
            case LIST -> {
                List<Object> list = new ArrayList<>();
                for (int size = random.nextInt(4); size > 0; size--) {
                    list.add(element(kind.element(), random));
                }
                yield list;
            }
            case SET -> {
                Set<Object> set = new LinkedHashSet<>();
                for (int size = random.nextInt(4); size > 0; size--) {
                    set.add(element(kind.element(), random));
                }
                yield set;
            }
            case MAP -> {
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int size = random.nextInt(4); size > 0; size--) {
                    map.put("k" + random.nextInt(5), element(kind.element(), random));
                }
                yield map;
            }
        };
    }

    /** Counts weighted to the edges, longs to both sides of the int range. */
    private static Object element(Element element, Random random) {
        return switch (element) {
            case LONG -> random.nextBoolean() ? (long) random.nextInt(1000) : random.nextLong(Long.MAX_VALUE);
            case INT -> random.nextBoolean() ? random.nextInt(1000) : Integer.MAX_VALUE - random.nextInt(3);
            case DOUBLE -> random.nextDouble() * 100;
            case BOOLEAN -> random.nextBoolean();
            case STRING -> List.of("eu", "us", "", "flex").get(random.nextInt(4));
        };
    }

    /**
     * The oracle: each value given by the first version, by name, as the second version's property
     * of that name holds it; empty when the second has no such property or cannot hold the value.
     */
    private static Optional<Map<String, Object>> mapped(Map<String, Object> given, List<Declared> properties) {
        Map<String, Object> mapped = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : given.entrySet()) {
            Optional<Declared> property = properties.stream()
                    .filter(declared -> declared.name().equals(entry.getKey())).findFirst();
            if (property.isEmpty()) {
                return Optional.empty();
            }
            Object value = convert(entry.getValue(), property.get().kind());
            if (value == REFUSED) {
                return Optional.empty();
            }
            mapped.put(entry.getKey(), value);
        }
        return Optional.of(mapped);
    }

    private static Object convert(Object value, Kind kind) {
        if (value == null) {
            return kind.primitive() ? REFUSED : null;
        }
        return switch (kind.holder()) {
            case ONE -> value instanceof Collection || value instanceof Map ? REFUSED : element(value, kind.element());
            case LIST -> value instanceof List<?> list ? elements(list, new ArrayList<>(), kind.element()) : REFUSED;
            case SET -> value instanceof Set<?> set ? elements(set, new LinkedHashSet<>(), kind.element()) : REFUSED;
            case MAP -> {
                if (!(value instanceof Map<?, ?> map)) {
                    yield REFUSED;
                }
                Map<Object, Object> converted = new LinkedHashMap<>();
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    Object each = element(entry.getValue(), kind.element());
                    if (each == REFUSED) {
                        yield REFUSED;
                    }
                    converted.put(entry.getKey(), each);
                }
                yield converted;
            }
        };
    }

    private static Object elements(Collection<?> values, Collection<Object> converted, Element element) {
        for (Object value : values) {
            Object each = element(value, element);
            if (each == REFUSED) {
                return REFUSED;
            }
            converted.add(each);
        }
        return converted;
    }

    private static Object element(Object value, Element element) {
        return switch (element) {
            case LONG -> value instanceof Long || value instanceof Integer ? (Object) ((Number) value).longValue() : REFUSED;
            case INT -> value instanceof Integer ? value
                    : value instanceof Long number && number == number.intValue() ? (Object) number.intValue() : REFUSED;
            case DOUBLE -> value instanceof Double ? value : REFUSED;
            case BOOLEAN -> value instanceof Boolean ? value : REFUSED;
            case STRING -> value instanceof String ? value : REFUSED;
        };
    }

    /** The model the builder makes of {@code values}; empty when it has an error. */
    private static Optional<Object> build(ClassLoader version, String model, Map<String, Object> values) {
        ReflectiveBuilder builder = ReflectiveBuilder.of(version, model);
        for (Map.Entry<String, Object> value : values.entrySet()) {
            builder.set(value.getKey(), value.getValue());
        }
        Validated<?> validated = builder.tryBuild();
        boolean valid = validated.violations().stream().map(Violation::severity).noneMatch(Severity.ERROR::equals);
        return valid ? Optional.of(validated.orElseThrow()) : Optional.empty();
    }
}
