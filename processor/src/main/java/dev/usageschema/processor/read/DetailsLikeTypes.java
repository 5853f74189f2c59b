package dev.usageschema.processor.read;

import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/**
 * Recognises a details type that was meant to be a schema but lacks {@code @UsageSchema}: an
 * interface of the user's whose accessors all return counts. Held as a plain value, none of its
 * counts would be checked, which is worth a warning.
 */
final class DetailsLikeTypes {

    private DetailsLikeTypes() {
    }

    static boolean looksLikeDetails(TypeElement type) {
        if (type == null || type.getKind() != ElementKind.INTERFACE || type.getQualifiedName().toString().startsWith("java.")) {
            return false;
        }
        List<ExecutableElement> accessors = Accessors.of(type);
        return !accessors.isEmpty() && accessors.stream().allMatch(DetailsLikeTypes::returnsCount);
    }

    private static boolean returnsCount(ExecutableElement method) {
        if (!method.getParameters().isEmpty()) {
            return false;
        }
        TypeKind kind = method.getReturnType().getKind();
        if (kind == TypeKind.INT || kind == TypeKind.LONG || kind == TypeKind.DOUBLE) {
            return true;
        }
        String type = method.getReturnType().toString();
        return type.equals("java.util.OptionalInt") || type.equals("java.util.OptionalLong")
                || type.equals("java.util.OptionalDouble") || type.equals("java.lang.Integer")
                || type.equals("java.lang.Long") || type.equals("java.lang.Double");
    }
}
