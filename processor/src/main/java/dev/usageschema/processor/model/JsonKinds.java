package dev.usageschema.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.usageschema.json.JsonKind;
import java.util.List;

/** What JSON a property takes, as the generated JSON form reads and writes it. */
public final class JsonKinds {

    /** In words, the types of property that JSON can hold: what {@link #of} does not find unreadable. */
    public static final String READABLE = "a count or a @NotACount number, String, boolean, an enum, a BigInteger or BigDecimal, a @UsageSchema"
            + " object or a list of them, and List, Set, Collection or Map<String, V> of String, Boolean, Long,"
            + " Integer, Double, BigInteger or BigDecimal";

    /** The numbers a property holds exactly, read from their literal. */
    private static final List<ClassName> EXACT = List.of(ClassName.get(java.math.BigInteger.class),
            ClassName.get(java.math.BigDecimal.class));

    /** The element types a collection of plain values can hold, as JSON gives them exactly. */
    private static final List<ClassName> PLAIN = List.of(ClassName.get(String.class), ClassName.get(Boolean.class),
            ClassName.get(Long.class), ClassName.get(Integer.class), ClassName.get(Double.class),
            ClassName.get(java.math.BigInteger.class), ClassName.get(java.math.BigDecimal.class));

    private JsonKinds() {
    }

    /** What JSON {@code property} takes; {@link JsonKind#UNREADABLE} for a type JSON cannot hold. */
    public static JsonKind of(Property property) {
        return switch (property.kind()) {
            case COUNT, NUMBER -> switch (property.numberType()) {
                case INT -> JsonKind.INT;
                case LONG -> JsonKind.LONG;
                case DOUBLE -> property.kind() == Kind.COUNT ? JsonKind.DOUBLE_COUNT : JsonKind.DOUBLE;
            };
            case NESTED -> JsonKind.NESTED;
            case NESTED_LIST -> JsonKind.NESTED_LIST;
            case ADDITIONAL -> JsonKind.ADDITIONAL;
            case VALUE -> {
                TypeName type = property.valueType();
                if (type.equals(TypeName.BOOLEAN) || type.equals(TypeName.BOOLEAN.box())) {
                    yield JsonKind.BOOLEAN;
                }
                if (type.equals(ClassName.get(String.class))) {
                    yield JsonKind.STRING;
                }
                if (property.enumValue()) {
                    yield JsonKind.ENUM;
                }
                if (EXACT.contains(type)) {
                    yield JsonKind.EXACT;
                }
                yield plainCollection(property);
            }
        };
    }

    /** {@code List<E>}, {@code Collection<E>}, {@code Set<E>} or {@code Map<String, E>} of a plain {@code E}. */
    private static JsonKind plainCollection(Property property) {
        if (!(property.valueType() instanceof ParameterizedTypeName collection)) {
            return JsonKind.UNREADABLE;
        }
        List<TypeName> arguments = collection.typeArguments();
        String raw = collection.rawType().canonicalName();
        TypeName element = arguments.get(arguments.size() - 1);
        if (!PLAIN.contains(element)) {
            return JsonKind.UNREADABLE;
        }
        return switch (raw) {
            case "java.util.List", "java.util.Collection" -> JsonKind.LIST;
            case "java.util.Set" -> JsonKind.SET;
            case "java.util.Map" -> arguments.get(0).equals(ClassName.get(String.class)) ? JsonKind.MAP : JsonKind.UNREADABLE;
            default -> JsonKind.UNREADABLE;
        };
    }
}
