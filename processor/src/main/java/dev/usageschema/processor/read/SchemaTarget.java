package dev.usageschema.processor.read;

import dev.usageschema.UsageSchema;
import dev.usageschema.processor.model.Diagnostics;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** What the annotated type itself must be: a plain interface that the generated class can implement. */
final class SchemaTarget {

    private SchemaTarget() {
    }

    /** Reports why {@code type} cannot be a schema; true when it can. */
    static boolean isValid(TypeElement type, Diagnostics diagnostics) {
        String name = type.getSimpleName().toString();
        if (type.getKind() != ElementKind.INTERFACE) {
            diagnostics.error(ElementOrigin.of(type), "[UsageSchemaTarget] @UsageSchema goes on an interface, and "
                    + name + " is " + kindName(type.getKind()) + "; declare the shape as an interface of accessors");
            return false;
        }
        if (!type.getTypeParameters().isEmpty()) {
            diagnostics.error(ElementOrigin.of(type), "[UsageSchemaTarget] " + name
                    + " is generic; a schema has one fixed shape, so remove its type parameters");
            return false;
        }
        if (type.getModifiers().contains(Modifier.SEALED)) {
            diagnostics.error(ElementOrigin.of(type), "[UsageSchemaTarget] " + name + " is sealed; the generated"
                    + " class must implement it, so remove sealed and its permits clause");
            return false;
        }
        TypeElement baseSchema = schemaAmongSuperInterfaces(type);
        if (baseSchema != null) {
            diagnostics.error(ElementOrigin.of(type), "[UsageSchemaExtendsSchema] " + name + " extends the schema "
                    + baseSchema.getSimpleName() + "; a value of " + name + " stored where a "
                    + baseSchema.getSimpleName() + " is expected would lose what " + name + " adds. Move the shared"
                    + " accessors into an interface without @UsageSchema and let both schemas extend it");
            return false;
        }
        for (Element scope = type; scope instanceof TypeElement; scope = scope.getEnclosingElement()) {
            if (scope.getModifiers().contains(Modifier.PRIVATE)) {
                diagnostics.error(ElementOrigin.of(type), "[UsageSchemaTarget] " + name
                        + (scope == type ? " is private" : " is inside the private " + scope.getSimpleName())
                        + "; the generated class must implement it, so make it at least package-private");
                return false;
            }
        }
        return true;
    }

    /** A {@code @UsageSchema} interface that {@code type} extends, directly or not; {@code null} when none. */
    private static TypeElement schemaAmongSuperInterfaces(TypeElement type) {
        for (TypeMirror parent : type.getInterfaces()) {
            if (parent instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element) {
                if (element.getAnnotation(UsageSchema.class) != null) {
                    return element;
                }
                TypeElement further = schemaAmongSuperInterfaces(element);
                if (further != null) {
                    return further;
                }
            }
        }
        return null;
    }

    private static String kindName(ElementKind kind) {
        return switch (kind) {
            case CLASS -> "a class";
            case ENUM -> "an enum";
            case ANNOTATION_TYPE -> "an annotation type";
            default -> kind.name().equals("RECORD") ? "a record" : "a " + kind.name().toLowerCase();
        };
    }
}
