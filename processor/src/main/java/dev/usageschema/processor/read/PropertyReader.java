package dev.usageschema.processor.read;

import dev.usageschema.AdditionalProperties;
import dev.usageschema.AbsentParts;
import dev.usageschema.AtMost;
import dev.usageschema.Int32;
import dev.usageschema.NotACount;
import dev.usageschema.Severity;
import dev.usageschema.Sum;
import dev.usageschema.Merge;
import dev.usageschema.UniqueBy;
import dev.usageschema.SumRelation;
import dev.usageschema.WireName;
import dev.usageschema.WireNumber;
import dev.usageschema.WireNaming;
import dev.usageschema.processor.model.BoundSpec;
import dev.usageschema.processor.model.Container;
import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.EnumConstant;
import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.NestedSchema;
import dev.usageschema.processor.model.NumberRange;
import dev.usageschema.processor.model.Origin;
import dev.usageschema.processor.model.MergeSpec;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.SumSpec;
import dev.usageschema.processor.model.UniqueSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads one accessor into a {@link Property}, reporting what only its source can show. */
final class PropertyReader {

    /** The outcome for one accessor. */
    sealed interface Outcome {
    }

    record Read(Property property) implements Outcome {
    }

    record Missing(String typeName) implements Outcome {
    }

    record Rejected() implements Outcome {
    }

    private final Elements elements;
    private final Types types;
    private final TypeClassifier classifier;
    private final Diagnostics diagnostics;
    private final NestedReader nestedReader;

    /** Reads the counts of a schema nested in the one being read. */
    interface NestedReader {
        NestedSchema read(TypeElement nested);
    }

    PropertyReader(Elements elements, Types types, TypeClassifier classifier, Diagnostics diagnostics,
            NestedReader nestedReader) {
        this.elements = elements;
        this.types = types;
        this.classifier = classifier;
        this.diagnostics = diagnostics;
        this.nestedReader = nestedReader;
    }

    /**
     * @param schema the schema being read, so that an accessor inherited from a generic
     *               super-interface gets its type as the schema sees it ({@code Long}, not {@code T})
     */
    Outcome read(DeclaredType schema, ExecutableElement method, WireNaming naming, Severity schemaSeverity) {
        String name = method.getSimpleName().toString();
        if (!method.getParameters().isEmpty()) {
            diagnostics.error(ElementOrigin.of(method),
                    "[UsageSchemaAccessor] " + name + " takes parameters; a schema property is an accessor"
                            + " without parameters, or make it a default or static method");
            return new Rejected();
        }
        if (!method.getTypeParameters().isEmpty()) {
            diagnostics.error(ElementOrigin.of(method),
                    "[UsageSchemaAccessor] " + name + " is generic; a schema property has one fixed type");
            return new Rejected();
        }
        if (!method.getThrownTypes().isEmpty()) {
            diagnostics.error(ElementOrigin.of(method), "[UsageSchemaAccessor] " + name + " declares throws "
                    + method.getThrownTypes().get(0) + "; reading a usage value cannot fail, so remove the throws clause");
            return new Rejected();
        }
        if (AnnotationConflicts.report(method, diagnostics)) {
            return new Rejected();
        }
        TypeClassifier.Outcome type = classify(schema, method);
        if (type instanceof TypeClassifier.Missing missing) {
            return new Missing(missing.typeName());
        }
        if (type instanceof TypeClassifier.Unsupported unsupported) {
            diagnostics.error(ElementOrigin.of(method), "[UsageSchemaType] " + name + ": " + unsupported.reason());
            return new Rejected();
        }
        TypeClassifier.Classified classified = (TypeClassifier.Classified) type;
        Optional<NestedSchema> nested = classified.kind() == Kind.NESTED || classified.kind() == Kind.NESTED_LIST
                ? Optional.ofNullable(nestedReader.read(classified.element()))
                : Optional.empty();
        if (classified.kind() == Kind.VALUE && DetailsLikeTypes.looksLikeDetails(classified.element(), classifier)) {
            diagnostics.warning(ElementOrigin.of(method), "[UsageSchemaNotASchema] " + name + " holds "
                    + classified.element().getSimpleName() + ", whose accessors are all counts, but it is not a"
                    + " @UsageSchema, so none of them is checked; annotate " + classified.element().getSimpleName()
                    + " with @UsageSchema");
        }
        WireName wireName = method.getAnnotation(WireName.class);
        String doc = elements.getDocComment(method);
        String propertyName = PropertyNames.of((TypeElement) schema.asElement(), method);
        return new Read(new Property(
                propertyName,
                name,
                wireName == null || wireName.value().isEmpty() ? WireNames.apply(naming, propertyName) : wireName.value(),
                wireName == null ? List.of() : List.of(wireName.alternates()),
                doc == null ? "" : doc.strip(),
                classified.kind(),
                classified.container(),
                classified.numberType(),
                classified.valueType(),
                Nullability.isNullable(method),
                method.getAnnotation(Int32.class) != null,
                sum(method, schemaSeverity),
                bounds(method, schemaSeverity),
                nested,
                BeanConstraints.of(method),
                classified.container() == Container.OPTIONAL || classified.kind() == Kind.NESTED_LIST
                        ? BeanConstraints.ofTypeArgument(method, classified.container() == Container.OPTIONAL
                                && classified.kind() == Kind.NESTED_LIST)
                        : List.of(),
                classified.kind() == Kind.NUMBER || classified.exactNumber() ? range(method, schemaSeverity) : Optional.empty(),
                unique(method, schemaSeverity),
                elements.isDeprecated(method),
                ElementOrigin.of(method),
                classified.kind() == Kind.VALUE && classified.element() != null
                        && classified.element().getKind() == ElementKind.ENUM
                        ? enumConstants(classified.element()) : List.of(),
                merge(method)));
    }

    private static Optional<MergeSpec> merge(ExecutableElement method) {
        Merge merge = method.getAnnotation(Merge.class);
        return merge == null ? Optional.empty() : Optional.of(new MergeSpec(merge.value(),
                AnnotationMirrors.origin(method, AnnotationMirrors.find(method, Merge.class).orElseThrow(), "value")));
    }

    /** How the accessor's return type, as {@code schema} sees it, is held; reports nothing. */
    TypeClassifier.Outcome classify(DeclaredType schema, ExecutableElement method) {
        TypeMirror returnType = ((ExecutableType) types.asMemberOf(schema, method)).getReturnType();
        return classifier.classify(returnType,
                method.getAnnotation(NotACount.class) != null,
                method.getAnnotation(AdditionalProperties.class) != null);
    }

    private Optional<SumSpec> sum(ExecutableElement method, Severity schemaSeverity) {
        Sum sum = method.getAnnotation(Sum.class);
        if (sum == null) {
            return Optional.empty();
        }
        AnnotationMirror mirror = AnnotationMirrors.find(method, Sum.class).orElseThrow();
        return Optional.of(new SumSpec(
                List.of(sum.value()),
                sum.count(),
                sum.whenAbsent() == AbsentParts.COUNT_AS_ZERO,
                sum.derive(),
                sum.relation() == SumRelation.AT_LEAST,
                severity(method, mirror, sum.severity(), schemaSeverity),
                AnnotationMirrors.origin(method, mirror, "value")));
    }

    private Optional<NumberRange> range(ExecutableElement method, Severity schemaSeverity) {
        NotACount notACount = method.getAnnotation(NotACount.class);
        AnnotationMirror mirror = AnnotationMirrors.find(method, NotACount.class).orElseThrow();
        return Optional.of(new NumberRange(notACount.min(), notACount.max(), notACount.whole(), notACount.finite(),
                severity(method, mirror, notACount.severity(), schemaSeverity), AnnotationMirrors.origin(method, mirror, "min"),
                written(method, mirror, "whole"), written(method, mirror, "finite")));
    }

    /** Where {@code member} of the annotation was written, when it was. */
    private static Optional<Origin> written(ExecutableElement method, AnnotationMirror mirror, String member) {
        return AnnotationMirrors.explicitValue(mirror, member) == null ? Optional.empty()
                : Optional.of(AnnotationMirrors.origin(method, mirror, member));
    }

    private Optional<UniqueSpec> unique(ExecutableElement method, Severity schemaSeverity) {
        UniqueBy uniqueBy = method.getAnnotation(UniqueBy.class);
        if (uniqueBy == null) {
            return Optional.empty();
        }
        AnnotationMirror mirror = AnnotationMirrors.find(method, UniqueBy.class).orElseThrow();
        return Optional.of(new UniqueSpec(uniqueBy.value(), severity(method, mirror, uniqueBy.severity(), schemaSeverity),
                AnnotationMirrors.origin(method, mirror, "value")));
    }

    private List<BoundSpec> bounds(ExecutableElement method, Severity schemaSeverity) {
        AtMost[] atMosts = method.getAnnotationsByType(AtMost.class);
        List<AnnotationMirror> mirrors = AnnotationMirrors.findAll(method, AtMost.class, AtMost.List.class);
        List<BoundSpec> bounds = new ArrayList<>();
        for (int i = 0; i < atMosts.length; i++) {
            AnnotationMirror mirror = mirrors.get(i);
            bounds.add(new BoundSpec(atMosts[i].value(), atMosts[i].count(), i,
                    severity(method, mirror, atMosts[i].severity(), schemaSeverity),
                    AnnotationMirrors.origin(method, mirror, "value")));
        }
        return bounds;
    }

    /** An invariant's own severity, or the schema's when it sets none. */
    private Severity severity(ExecutableElement method, AnnotationMirror mirror, Severity[] own, Severity schemaSeverity) {
        if (own.length > 1) {
            diagnostics.error(AnnotationMirrors.origin(method, mirror, "severity"),
                    "[UsageSchemaSeverity] give one severity, or none to use the schema's");
        }
        return own.length == 0 ? schemaSeverity : own[0];
    }

    /** The constants of an enum, each with its {@code @WireName} and alternates and its {@code @WireNumber}, if any. */
    private static List<EnumConstant> enumConstants(TypeElement type) {
        List<EnumConstant> constants = new ArrayList<>();
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() == ElementKind.ENUM_CONSTANT) {
                String name = member.getSimpleName().toString();
                WireName wire = member.getAnnotation(WireName.class);
                WireNumber number = member.getAnnotation(WireNumber.class);
                constants.add(new EnumConstant(name, wire == null || wire.value().isEmpty() ? name : wire.value(),
                        wire == null ? List.of() : List.of(wire.alternates()),
                        number == null ? OptionalInt.empty() : OptionalInt.of(number.value())));
            }
        }
        return constants;
    }
}
