package dev.usageschema.processor.write;

import com.palantir.javapoet.CodeBlock;
import dev.usageschema.processor.model.Container;
import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.util.List;

/**
 * Whether a property was given, as bits rather than a flag per property, in words of 32 bits
 * ({@code $bits0}, {@code $bits1}, ...): the property at index {@code i} has the given bit
 * {@code i}; after every property's given bit come the null bits of the properties whose explicit
 * null cannot be told apart by their value (an optional number given as {@code null}, an
 * additional-properties map set to {@code null}). A reference given as {@code null} holds
 * {@code null}. Builder and model hold the same words, so every expression here reads either of
 * them ({@code owner} is {@code this} or the builder). One word serves most schemas, so a model
 * costs no more memory than a hand-written class with a flag field.
 */
final class Presence {

    private static final int BITS = Integer.SIZE;

    private Presence() {
    }

    static int words(Schema schema) {
        int bits = schema.properties().size() + (int) schema.properties().stream().filter(Presence::usesNullBit).count();
        return (bits + BITS - 1) / BITS;
    }

    /** Properties whose explicit null cannot be told apart by their value. */
    static boolean usesNullBit(Property property) {
        return property.container() == Container.OPTIONAL_PRIMITIVE || property.kind() == Kind.ADDITIONAL;
    }

    static String givenWord(Schema schema, Property property) {
        return Names.presenceWord(givenIndex(schema, property) / BITS);
    }

    static String nullWord(Schema schema, Property property) {
        return Names.presenceWord(nullIndex(schema, property) / BITS);
    }

    /** The property's given bit in its word, as a hexadecimal literal. */
    static String bit(Schema schema, Property property) {
        return literal(givenIndex(schema, property));
    }

    /** The property's null bit in its word, as a hexadecimal literal. */
    static String nullBit(Schema schema, Property property) {
        return literal(nullIndex(schema, property));
    }

    private static String literal(int index) {
        return "0x" + Integer.toHexString(1 << (index % BITS));
    }

    static CodeBlock given(Schema schema, Property property, String owner) {
        return CodeBlock.of("($L.$N & $L) != 0", owner, givenWord(schema, property), bit(schema, property));
    }

    static CodeBlock notGiven(Schema schema, Property property, String owner) {
        return CodeBlock.of("($L.$N & $L) == 0", owner, givenWord(schema, property), bit(schema, property));
    }

    static CodeBlock givenNull(Schema schema, Property property, String owner) {
        return CodeBlock.of("($L.$N & $L) != 0", owner, nullWord(schema, property), nullBit(schema, property));
    }

    /** Given with a value that is not null. */
    static CodeBlock hasValue(Schema schema, Property property, String owner) {
        return switch (property.container()) {
            case PRIMITIVE -> given(schema, property, owner);
            case BOXED, REFERENCE, OPTIONAL -> CodeBlock.of("$L.$N != null", owner, property.name());
            case OPTIONAL_PRIMITIVE -> givenWord(schema, property).equals(nullWord(schema, property))
                    ? CodeBlock.of("($L.$N & ($L | $L)) == $L", owner, givenWord(schema, property),
                            bit(schema, property), nullBit(schema, property), bit(schema, property))
                    : CodeBlock.of("$L && ($L.$N & $L) == 0", given(schema, property, owner), owner,
                            nullWord(schema, property), nullBit(schema, property));
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
                ? CodeBlock.of("$L.$N |= $L", owner, nullWord(schema, property), nullBit(schema, property))
                : CodeBlock.of("$L.$N &= ~$L", owner, nullWord(schema, property), nullBit(schema, property));
    }

    /**
     * Makes a property given with a value that is not null ({@code given}) or absent: its given bit
     * set or cleared and its null bit cleared, as one statement when they share a word:
     * {@code owner.$bits0 = owner.$bits0 & ~0x4 | 0x1}.
     */
    static List<CodeBlock> setState(Schema schema, Property property, String owner, boolean given) {
        if (!usesNullBit(property)) {
            return List.of(setGiven(schema, property, owner, given));
        }
        String word = givenWord(schema, property);
        if (!word.equals(nullWord(schema, property))) {
            return List.of(setGiven(schema, property, owner, given), setNull(schema, property, owner, false));
        }
        String givenBit = bit(schema, property);
        String nullBit = nullBit(schema, property);
        return List.of(given
                ? CodeBlock.of("$L.$N = $L.$N & ~$L | $L", owner, word, owner, word, nullBit, givenBit)
                : CodeBlock.of("$L.$N &= ~($L | $L)", owner, word, givenBit, nullBit));
    }

    /**
     * Sets an optional number's given and null bits from the optional {@code parameter}: both for
     * {@code null}, the given bit alone for a value, neither for empty.
     */
    static List<CodeBlock> setOptionalState(Schema schema, Property property, String owner, String parameter) {
        String givenWord = givenWord(schema, property);
        String nullWord = nullWord(schema, property);
        String givenBit = bit(schema, property);
        String nullBit = nullBit(schema, property);
        if (givenWord.equals(nullWord)) {
            return List.of(CodeBlock.of("$L.$N = $L.$N & ~($L | $L) | ($N == null ? $L | $L : $N.isPresent() ? $L : 0)",
                    owner, givenWord, owner, givenWord, givenBit, nullBit, parameter, givenBit, nullBit, parameter,
                    givenBit));
        }
        return List.of(CodeBlock.of("$L.$N = $L.$N & ~$L | ($N == null || $N.isPresent() ? $L : 0)", owner, givenWord,
                        owner, givenWord, givenBit, parameter, parameter, givenBit),
                CodeBlock.of("$L.$N = $L.$N & ~$L | ($N == null ? $L : 0)", owner, nullWord, owner, nullWord, nullBit,
                        parameter, nullBit));
    }

    /** Sets the given bit of an optional reference unless the optional {@code parameter} is empty ({@code null} is given). */
    static CodeBlock setGivenUnlessEmpty(Schema schema, Property property, String owner, String parameter) {
        String word = givenWord(schema, property);
        String bit = bit(schema, property);
        return CodeBlock.of("$L.$N = $N != null && $N.isEmpty() ? $L.$N & ~$L : $L.$N | $L", owner, word, parameter,
                parameter, owner, word, bit, owner, word, bit);
    }

    private static int givenIndex(Schema schema, Property property) {
        int index = schema.properties().indexOf(property);
        if (index < 0) {
            throw new IllegalStateException(schema.displayName() + " has no property " + property.name());
        }
        return index;
    }

    /** After every given bit, in property order among the properties that have a null bit. */
    private static int nullIndex(Schema schema, Property property) {
        if (!usesNullBit(property)) {
            throw new IllegalStateException(property.name() + " has no null bit");
        }
        int index = schema.properties().size();
        for (Property other : schema.properties()) {
            if (other == property) {
                return index;
            }
            if (usesNullBit(other)) {
                index++;
            }
        }
        throw new IllegalStateException(schema.displayName() + " has no property " + property.name());
    }
}
