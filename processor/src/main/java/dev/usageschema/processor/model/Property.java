package dev.usageschema.processor.model;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * One accessor of a schema.
 *
 * @param name         the Java name: the accessor's name, or without its prefix when every accessor of
 *                     the schema is a JavaBeans getter ({@code getPromptTokens()} is {@code promptTokens});
 *                     fields, setters, {@code @Sum} parts, Java paths and the wire name go by it
 * @param accessorName the declared accessor's method name, which the model overrides and
 *                     {@code from} calls; equal to {@code name} unless a prefix was removed
 * @param wireName     the name on the wire
 * @param alternates   other accepted wire names
 * @param javadoc      the accessor's doc comment, or empty
 * @param kind         what the checks do with it
 * @param container    how the accessor holds the value
 * @param numberType   for {@link Kind#COUNT} and {@link Kind#NUMBER}; else null
 * @param valueType    the held type: {@code long} for {@code OptionalLong}, {@code T} for {@code Optional<T>}
 * @param nullable     whether an explicit null is legal
 * @param int32        whether the provider's wire type is a 32-bit integer
 * @param sum          the {@code @Sum} on it, if any
 * @param bounds       the {@code @AtMost} on it, in the order written
 * @param nested       for {@link Kind#NESTED}, and the element of a {@link Kind#NESTED_LIST}, read with its
 *                     schema; empty when read as a nested count list
 * @param beanConstraints Jakarta Bean Validation annotations on the accessor, to carry onto the model
 * @param elementConstraints those on the type argument of an {@code Optional<T>} or a list of nested schemas:
 *                     {@code Optional<@Valid T>}, {@code List<@Valid S>}
 * @param range        for {@link Kind#NUMBER} and an {@linkplain #isExactNumber() exact number}, the range its
 *                     {@code @NotACount} declares
 * @param unique       for {@link Kind#NESTED_LIST}, the key its {@code @UniqueBy} names
 * @param deprecated   whether the accessor is deprecated, so that the generated methods for it are too
 * @param enumConstants for {@link Kind#VALUE} of an enum, its constants in order, each with the names
 *                     that stand for it in JSON; empty for any other type
 * @param merge        the {@code @Merge} on it: how it combines when values of an addable schema are added
 */
public record Property(
        String name,
        String accessorName,
        String wireName,
        List<String> alternates,
        String javadoc,
        Kind kind,
        Container container,
        NumberType numberType,
        TypeName valueType,
        boolean nullable,
        boolean int32,
        Optional<SumSpec> sum,
        List<BoundSpec> bounds,
        Optional<NestedSchema> nested,
        List<AnnotationSpec> beanConstraints,
        List<AnnotationSpec> elementConstraints,
        Optional<NumberRange> range,
        Optional<UniqueSpec> unique,
        boolean deprecated,
        Origin origin,
        List<EnumConstant> enumConstants,
        Optional<MergeSpec> merge) {

    public Property {
        alternates = List.copyOf(alternates);
        bounds = List.copyOf(bounds);
        beanConstraints = List.copyOf(beanConstraints);
        elementConstraints = List.copyOf(elementConstraints);
        enumConstants = List.copyOf(enumConstants);
    }

    /** The range of a numeric property's values as a count. */
    public CountRange countRange() {
        if (int32 || numberType == NumberType.INT) {
            return CountRange.INT32;
        }
        return numberType == NumberType.DOUBLE ? CountRange.DOUBLE_EXACT : CountRange.LONG;
    }

    /** Whether Bean Validation has anything to check on this property beyond the schema's rules. */
    public boolean hasBeanConstraints() {
        return !beanConstraints.isEmpty() || !elementConstraints.isEmpty();
    }

    /** A nested object, or a list of them: a property whose values are models of another schema. */
    public boolean holdsModels() {
        return kind == Kind.NESTED || kind == Kind.NESTED_LIST;
    }

    /** A {@code @NotACount BigDecimal}: an exact decimal, such as a cost, that {@code @Merge(ADD)} adds exactly. */
    public boolean isDecimal() {
        return kind == Kind.VALUE && valueType.equals(ClassName.get(BigDecimal.class));
    }

    /**
     * A {@code @NotACount BigDecimal} or {@code BigInteger}: a number held exactly, whose range is
     * judged exactly and which {@code @Merge(ADD)} adds exactly (a cost, ticks of a currency).
     */
    public boolean isExactNumber() {
        return isDecimal() || kind == Kind.VALUE && valueType.equals(ClassName.get(BigInteger.class));
    }

    /** Whether the range declared on it rules anything out. */
    public boolean rangeConstrains() {
        return range.filter(declared -> declared.constrains(numberType, isExactNumber())).isPresent();
    }

    /** Whether the held type is an enum of which some constant has a {@code @WireNumber}. */
    public boolean numberedEnum() {
        return enumConstants.stream().anyMatch(constant -> constant.number().isPresent());
    }

    /** Whether the held type is an enum (with constants). */
    public boolean enumValue() {
        return !enumConstants.isEmpty();
    }

    public boolean isCount() {
        return kind == Kind.COUNT;
    }

    public boolean isOptional() {
        return container.isOptional();
    }

    /** Whether the builder must be given this property: neither optional nor derivable. */
    public boolean isRequired() {
        return !isOptional() && kind != Kind.ADDITIONAL && sum.map(s -> !s.derive()).orElse(true);
    }

    /** Whether the builder fills this property in when it is not given. */
    public boolean isDerived() {
        return sum.map(SumSpec::derive).orElse(false);
    }
}
