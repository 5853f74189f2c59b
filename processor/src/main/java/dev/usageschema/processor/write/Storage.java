package dev.usageschema.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.usageschema.processor.model.Container;
import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.NumberType;
import dev.usageschema.processor.model.Property;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * How a property is held, in the model and in its builder, and the expressions that read it.
 * Values are held unwrapped ({@code long} plus a {@link dev.usageschema.runtime.Presence} for an
 * {@code OptionalLong}) so that building allocates nothing but the object.
 */
final class Storage {

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

    /** Whether presence is a {@code Presence} field (optional properties) rather than a set flag. */
    static boolean hasPresence(Property property) {
        return property.isOptional();
    }

    static String presence(Property property) {
        return property.name() + "Presence";
    }

    /** The builder's flag for a non-optional property: was a setter called. */
    static String set(Property property) {
        return property.name() + "Set";
    }

    /** The model's flag for a derived property: was it filled in rather than given. */
    static String derived(Property property) {
        return property.name() + "Derived";
    }

    /** The builder's flag for an additional-properties map explicitly set to null. */
    static String nulled(Property property) {
        return property.name() + "Null";
    }

    // These read a builder's state as the parameters of the model's static checks (BuilderState),
    // which are named like the builder's fields.

    /** In the builder's state: the property was given a value that is not null. */
    static CodeBlock hasValue(Property property) {
        return switch (property.container()) {
            case PRIMITIVE -> CodeBlock.of("$N", set(property));
            case BOXED, REFERENCE -> CodeBlock.of("$N != null", property.name());
            case OPTIONAL_PRIMITIVE, OPTIONAL -> CodeBlock.of("$N == $T.PRESENT", presence(property), RuntimeTypes.PRESENCE);
        };
    }

    /** In the builder's state: the property was not given at all (so a derived one may be filled in). */
    static CodeBlock notGiven(Property property) {
        return property.isOptional()
                ? CodeBlock.of("$N == $T.ABSENT", presence(property), RuntimeTypes.PRESENCE)
                : CodeBlock.of("!$N", set(property));
    }

    /** The unwrapped number of a numeric property that {@link #hasValue} holds. */
    static CodeBlock number(Property property) {
        if (property.container() != Container.BOXED) {
            return CodeBlock.of("$N", property.name());
        }
        return switch (property.numberType()) {
            case INT -> CodeBlock.of("$N.intValue()", property.name());
            case LONG -> CodeBlock.of("$N.longValue()", property.name());
            case DOUBLE -> CodeBlock.of("$N.doubleValue()", property.name());
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

    /** A checked count as a value of the property's type, for a derived total. */
    static CodeBlock fromCount(Property property, CodeBlock count) {
        CodeBlock value = property.numberType() == NumberType.INT ? CodeBlock.of("(int) $L", count) : count;
        if (property.container() != Container.BOXED) {
            return value;
        }
        return CodeBlock.of("$T.valueOf($L)", property.valueType(), value);
    }

    static boolean isAdditional(Property property) {
        return property.kind() == Kind.ADDITIONAL;
    }

    private static Class<?> optionalPrimitive(NumberType type) {
        return switch (type) {
            case INT -> OptionalInt.class;
            case LONG -> OptionalLong.class;
            case DOUBLE -> OptionalDouble.class;
        };
    }
}
