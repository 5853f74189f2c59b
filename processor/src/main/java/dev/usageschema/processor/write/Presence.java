package dev.usageschema.processor.write;

import com.palantir.javapoet.CodeBlock;
import dev.usageschema.processor.model.Container;
import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;

/**
 * Whether a property was given, as bits rather than a flag per property: bit {@code i % 32} of
 * the word {@code $given<i / 32>} for the property at index {@code i}. Builder and model hold the
 * same words, so every expression here reads either of them ({@code owner} is {@code this} or the
 * builder). A reference given as {@code null} holds {@code null}; an optional number given as an
 * explicit null, and an additional-properties map set to {@code null}, set their bit in the
 * {@code $null} words instead, which exist only in schemas that need them.
 */
final class Presence {

    private static final int BITS = Integer.SIZE;

    private Presence() {
    }

    static int words(Schema schema) {
        return (schema.properties().size() + BITS - 1) / BITS;
    }

    static boolean hasNullWords(Schema schema) {
        return schema.properties().stream().anyMatch(Presence::usesNullBit);
    }

    /** Properties whose explicit null cannot be told apart by their value. */
    static boolean usesNullBit(Property property) {
        return property.container() == Container.OPTIONAL_PRIMITIVE || property.kind() == Kind.ADDITIONAL;
    }

    static String givenWord(Schema schema, Property property) {
        return Names.givenWord(index(schema, property) / BITS);
    }

    static String nullWord(Schema schema, Property property) {
        return Names.nullWord(index(schema, property) / BITS);
    }

    /** The property's bit in its word, as a hexadecimal literal. */
    static String bit(Schema schema, Property property) {
        return "0x" + Integer.toHexString(1 << (index(schema, property) % BITS));
    }

    static CodeBlock given(Schema schema, Property property, String owner) {
        return CodeBlock.of("($L.$N & $L) != 0", owner, givenWord(schema, property), bit(schema, property));
    }

    static CodeBlock notGiven(Schema schema, Property property, String owner) {
        return CodeBlock.of("($L.$N & $L) == 0", owner, givenWord(schema, property), bit(schema, property));
    }

    static CodeBlock givenNull(Schema schema, Property property, String owner) {
        return CodeBlock.of("($L.$N & $L) != 0", owner, nullWord(schema, property), bit(schema, property));
    }

    /** Given with a value that is not null. */
    static CodeBlock hasValue(Schema schema, Property property, String owner) {
        return switch (property.container()) {
            case PRIMITIVE -> given(schema, property, owner);
            case BOXED, REFERENCE, OPTIONAL -> CodeBlock.of("$L.$N != null", owner, property.name());
            case OPTIONAL_PRIMITIVE -> CodeBlock.of("($L.$N & ~$L.$N & $L) != 0", owner, givenWord(schema, property),
                    owner, nullWord(schema, property), bit(schema, property));
        };
    }

    /** {@code owner.$given0 |= 0x4}, or the clearing {@code &= ~0x4}. */
    static CodeBlock setGiven(Schema schema, Property property, String owner, boolean given) {
        return given
                ? CodeBlock.of("$L.$N |= $L", owner, givenWord(schema, property), bit(schema, property))
                : CodeBlock.of("$L.$N &= ~$L", owner, givenWord(schema, property), bit(schema, property));
    }

    static CodeBlock setNull(Schema schema, Property property, String owner, boolean isNull) {
        return isNull
                ? CodeBlock.of("$L.$N |= $L", owner, nullWord(schema, property), bit(schema, property))
                : CodeBlock.of("$L.$N &= ~$L", owner, nullWord(schema, property), bit(schema, property));
    }

    private static int index(Schema schema, Property property) {
        int index = schema.properties().indexOf(property);
        if (index < 0) {
            throw new IllegalStateException(schema.displayName() + " has no property " + property.name());
        }
        return index;
    }
}
