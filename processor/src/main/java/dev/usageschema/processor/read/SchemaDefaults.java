package dev.usageschema.processor.read;

import dev.usageschema.AdditionalProperties;
import dev.usageschema.Severity;
import dev.usageschema.UsageSchema;
import dev.usageschema.UsageSchemaDefaults;
import dev.usageschema.WireNaming;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.element.TypeElement;
import java.util.List;

/**
 * A schema's naming rule and default severity: what its own {@code @UsageSchema} writes, else what
 * the nearest {@code @UsageSchemaDefaults} around it writes (enclosing types outward, then the
 * package), else the annotations' defaults. Only values written count, so that a schema can set
 * {@code CAMEL_CASE} against a package of {@code SNAKE_CASE}.
 */
final class SchemaDefaults {

    private SchemaDefaults() {
    }

    static WireNaming naming(TypeElement schema) {
        return WireNaming.valueOf(written(schema, "naming", WireNaming.CAMEL_CASE.name()));
    }

    static Severity severity(TypeElement schema) {
        return Severity.valueOf(written(schema, "severity", Severity.ERROR.name()));
    }

    /**
     * What an undeclared JSON field is reported as: for a schema with an additional-properties map,
     * its {@code report}, beside keeping the field; else the schema's {@code unknownFields}.
     */
    static Severity unknownFields(TypeElement schema, List<ExecutableElement> accessors) {
        for (ExecutableElement accessor : accessors) {
            AdditionalProperties map = accessor.getAnnotation(AdditionalProperties.class);
            if (map != null) {
                return map.report();
            }
        }
        return Severity.valueOf(written(schema, "unknownFields", Severity.WARNING.name()));
    }

    private static String written(TypeElement schema, String member, String fallback) {
        String own = constant(schema, UsageSchema.class, member);
        if (own != null) {
            return own;
        }
        for (Element scope = schema.getEnclosingElement(); scope != null; scope = scope.getEnclosingElement()) {
            String inherited = constant(scope, UsageSchemaDefaults.class, member);
            if (inherited != null) {
                return inherited;
            }
        }
        return fallback;
    }

    /** The enum constant written for {@code member} of {@code type} on {@code element}, or null. */
    private static String constant(Element element, Class<? extends java.lang.annotation.Annotation> type,
            String member) {
        AnnotationMirror mirror = AnnotationMirrors.find(element, type).orElse(null);
        AnnotationValue value = mirror == null ? null : AnnotationMirrors.explicitValue(mirror, member);
        return value != null && value.getValue() instanceof VariableElement constant
                ? constant.getSimpleName().toString()
                : null;
    }
}
