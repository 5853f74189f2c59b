package dev.usageschema.processor.read;

import dev.usageschema.processor.model.Diagnostics;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

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

    private static String kindName(ElementKind kind) {
        return switch (kind) {
            case CLASS -> "a class";
            case ENUM -> "an enum";
            case ANNOTATION_TYPE -> "an annotation type";
            default -> kind.name().equals("RECORD") ? "a record" : "a " + kind.name().toLowerCase();
        };
    }
}
