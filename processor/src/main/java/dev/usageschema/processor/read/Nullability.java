package dev.usageschema.processor.read;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/**
 * Whether an accessor is nullable: any annotation named {@code Nullable}, on the method or on its
 * return type, counts (ours, JSpecify's, Jakarta's, JetBrains'), so users keep the one they use.
 */
final class Nullability {

    private Nullability() {
    }

    static boolean isNullable(ExecutableElement method) {
        List<AnnotationMirror> annotations = new ArrayList<>(method.getAnnotationMirrors());
        annotations.addAll(method.getReturnType().getAnnotationMirrors());
        for (AnnotationMirror annotation : annotations) {
            if (annotation.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")) {
                return true;
            }
        }
        return false;
    }
}
