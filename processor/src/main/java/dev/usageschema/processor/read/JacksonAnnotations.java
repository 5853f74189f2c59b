package dev.usageschema.processor.read;

import dev.usageschema.processor.model.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Jackson's annotations on a schema or its accessors: the generated JSON form reads and writes the
 * wire shape the schema declares and never looks at them, so each one that would change that shape
 * is a warning pointing to what the schema language says instead. They are found by the
 * annotation's type name, so that the processor needs no Jackson.
 */
final class JacksonAnnotations {

    /** The packages of Jackson's annotations: jackson-annotations, and jackson-databind's in both majors. */
    private static final Set<String> PACKAGES = Set.of("com.fasterxml.jackson.annotation",
            "com.fasterxml.jackson.databind.annotation", "tools.jackson.databind.annotation");

    /** Jackson's meta-annotation for an annotation that bundles Jackson annotations. */
    private static final String BUNDLE = "com.fasterxml.jackson.annotation.JacksonAnnotationsInside";

    /** Annotations that only describe a property for schema generators: they change no wire shape. */
    private static final Set<String> DESCRIPTIONS = Set.of("JsonPropertyDescription", "JsonClassDescription");

    /** What the schema language says instead, by the annotation's simple name. */
    private static final Map<String, String> INSTEAD = Map.of(
            "JsonProperty", "name the wire field with @WireName(\"...\"); whether it may be absent is the accessor's"
                    + " type (OptionalLong, Optional<T>)",
            "JsonAlias", "list the other names it is read under with @WireName(value = ..., alternates = {...})",
            "JsonIgnoreProperties", "say what an undeclared field is with @UsageSchema(unknownFields = ...), or keep"
                    + " such fields in an @AdditionalProperties map",
            "JsonAnySetter", "keep undeclared fields in an @AdditionalProperties Map<String, Object>",
            "JsonAnyGetter", "keep undeclared fields in an @AdditionalProperties Map<String, Object>",
            "JsonNaming", "name the wire fields by rule with @UsageSchema(naming = ...)",
            "JsonIgnore", "every abstract accessor is a property; make it a default method to leave it out of the schema",
            "JsonInclude", "a property is written as it was given: absent, null or a value");

    private JacksonAnnotations() {
    }

    static void report(TypeElement schema, List<ExecutableElement> accessors, Diagnostics diagnostics) {
        List<Element> elements = new ArrayList<>();
        elements.add(schema);
        elements.addAll(accessors);
        for (Element element : elements) {
            for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
                TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
                if (changesWireShape(type)) {
                    String name = type.getSimpleName().toString();
                    diagnostics.warning(ElementOrigin.of(element, mirror), "[UsageSchemaJackson] @" + name + " on "
                            + element.getSimpleName() + " is ignored: the JSON form reads and writes the wire shape"
                            + " the schema declares, not Jackson's annotations; "
                            + INSTEAD.getOrDefault(name, "say it in the schema language, or remove @" + name));
                }
            }
        }
    }

    private static boolean changesWireShape(TypeElement annotation) {
        if (annotation.getAnnotationMirrors().stream().anyMatch(meta ->
                ((TypeElement) meta.getAnnotationType().asElement()).getQualifiedName().contentEquals(BUNDLE))) {
            return true;
        }
        return annotation.getEnclosingElement() instanceof PackageElement owner
                && PACKAGES.contains(owner.getQualifiedName().toString())
                && !DESCRIPTIONS.contains(annotation.getSimpleName().toString());
    }
}
