package dev.usageschema.processor.read;

import dev.usageschema.AdditionalProperties;
import dev.usageschema.AtMost;
import dev.usageschema.Int32;
import dev.usageschema.NotACount;
import dev.usageschema.Sum;
import dev.usageschema.WireName;
import dev.usageschema.processor.model.Diagnostics;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/** Annotations that contradict each other on one accessor; each error sits on the annotation to remove. */
final class AnnotationConflicts {

    private static final List<Class<? extends Annotation>> NOT_ON_ADDITIONAL =
            List.of(Sum.class, AtMost.class, AtMost.List.class, Int32.class, NotACount.class, WireName.class);
    private static final List<Class<? extends Annotation>> COUNT_ONLY = List.of(Sum.class, AtMost.class, AtMost.List.class, Int32.class);

    private AnnotationConflicts() {
    }

    /** Reports every conflict; true when there was one. */
    static boolean report(ExecutableElement method, Diagnostics diagnostics) {
        String name = method.getSimpleName().toString();
        boolean found = false;
        if (method.getAnnotation(AdditionalProperties.class) != null) {
            for (Class<? extends Annotation> other : NOT_ON_ADDITIONAL) {
                found |= conflict(method, other, diagnostics, "@" + other.getSimpleName()
                        + " cannot go with @AdditionalProperties on " + name + ": the map holds the wire fields"
                        + " the schema does not declare, under their own names; remove @" + other.getSimpleName());
            }
            if (Nullability.isNullable(method)) {
                diagnostics.error(ElementOrigin.of(method), "[UsageSchemaConflict] @AdditionalProperties " + name
                        + " cannot be nullable: an empty map says there are no unknown fields; remove @Nullable");
                found = true;
            }
        } else if (method.getAnnotation(NotACount.class) != null) {
            for (Class<? extends Annotation> other : COUNT_ONLY) {
                found |= conflict(method, other, diagnostics, "@" + other.getSimpleName() + " cannot go with"
                        + " @NotACount on " + name + ": it is a rule between token counts; remove one of the two");
            }
        }
        return found;
    }

    private static boolean conflict(ExecutableElement method, Class<? extends Annotation> other,
            Diagnostics diagnostics, String message) {
        Optional<AnnotationMirror> mirror = AnnotationMirrors.find(method, other);
        mirror.ifPresent(found -> diagnostics.error(ElementOrigin.of(method, found), "[UsageSchemaConflict] " + message));
        return mirror.isPresent();
    }
}
