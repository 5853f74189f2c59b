package dev.usageschema.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.usageschema.processor.model.Container;
import dev.usageschema.processor.model.CountRange;
import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.NumberType;
import dev.usageschema.processor.model.Property;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * How a property is held, in the model and in its builder, and the expressions that read it.
 * Values are held unwrapped ({@code long} plus presence bits for an {@code OptionalLong}) so that
 * building allocates nothing but the object.
 */
final class Storage {

    /** Collection types held as unmodifiable copies; anything else is held as given. */
    private static final Set<String> COLLECTIONS = Set.of("java.util.List", "java.util.Set", "java.util.Map",
            "java.util.Collection");

    private Storage() {
    }

    /** The accessor's declared type. */
    static TypeName accessorType(Property property) {
        return switch (property.container()) {
            case PRIMITIVE, BOXED, REFERENCE -> property.valueType();
            case OPTIONAL_PRIMITIVE -> ClassName.get(optionalPrimitive(property.numberType()));
            case OPTIONAL -> ParameterizedTypeName.get(ClassName.get(Optional.class), property.valueType());
        };
    }

    /** The type of the field that holds the value. */
    static TypeName fieldType(Property property) {
        return property.valueType();
    }

    static boolean isAdditional(Property property) {
        return property.kind() == Kind.ADDITIONAL;
    }

    /** A {@code List}, {@code Set}, {@code Map} or {@code Collection}: stored as an unmodifiable copy. */
    static boolean isCollection(Property property) {
        TypeName type = property.valueType();
        ClassName raw = type instanceof ParameterizedTypeName parameterized ? parameterized.rawType()
                : type instanceof ClassName name ? name : null;
        return property.kind() == Kind.VALUE && raw != null && COLLECTIONS.contains(raw.canonicalName());
    }

    /** The unwrapped number of a numeric property that holds a value. */
    static CodeBlock number(Property property, String owner) {
        if (property.container() != Container.BOXED) {
            return CodeBlock.of("$L.$N", owner, property.name());
        }
        return switch (property.numberType()) {
            case INT -> CodeBlock.of("$L.$N.intValue()", owner, property.name());
            case LONG -> CodeBlock.of("$L.$N.longValue()", owner, property.name());
            case DOUBLE -> CodeBlock.of("$L.$N.doubleValue()", owner, property.name());
        };
    }

    /** The largest valid value of a count, as the {@code Counts} constant. */
    static CodeBlock max(Property property) {
        String constant = switch (property.countRange()) {
            case INT32 -> "INT32_MAX";
            case DOUBLE_EXACT -> "DOUBLE_EXACT_MAX";
            case LONG -> "LONG_MAX";
        };
        return CodeBlock.of("$T.$N", RuntimeTypes.COUNTS, constant);
    }

    /**
     * The largest valid value as the last argument of a runtime call, {@code ", Counts.INT32_MAX"},
     * or nothing for a {@code long} count, whose calls have {@code Long.MAX_VALUE} as their default.
     */
    static CodeBlock maxArgument(Property property) {
        return property.countRange() == CountRange.LONG ? CodeBlock.of("") : CodeBlock.of(", $L", max(property));
    }

    /** A checked count as a value of the property's type, for a derived total. */
    static CodeBlock fromCount(Property property, CodeBlock count) {
        CodeBlock value = property.numberType() == NumberType.INT ? CodeBlock.of("(int) $L", count) : count;
        if (property.container() != Container.BOXED) {
            return value;
        }
        return CodeBlock.of("$T.valueOf($L)", property.valueType(), value);
    }

    /** The value of an absent property: what the model stores when nothing was given. */
    static String emptyValue(Property property) {
        return property.valueType().isPrimitive() ? (property.valueType().equals(TypeName.BOOLEAN) ? "false" : "0") : "null";
    }

    private static Class<?> optionalPrimitive(NumberType type) {
        return switch (type) {
            case INT -> OptionalInt.class;
            case LONG -> OptionalLong.class;
            case DOUBLE -> OptionalDouble.class;
        };
    }
}
