package dev.usageschema.processor.read;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Finding an annotation, and one of its values, on an element: the targets of precise diagnostics. */
final class AnnotationMirrors {

    private AnnotationMirrors() {
    }

    static Optional<AnnotationMirror> find(Element element, Class<? extends Annotation> type) {
        String name = type.getCanonicalName();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement annotation = (TypeElement) mirror.getAnnotationType().asElement();
            if (annotation.getQualifiedName().contentEquals(name)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /**
     * Every annotation of a repeatable {@code type} on {@code element}, in the order written:
     * the one written alone, or those inside its {@code container}.
     */
    static List<AnnotationMirror> findAll(Element element, Class<? extends Annotation> type,
            Class<? extends Annotation> container) {
        Optional<AnnotationMirror> single = find(element, type);
        if (single.isPresent()) {
            return List.of(single.get());
        }
        List<AnnotationMirror> found = new ArrayList<>();
        find(element, container).ifPresent(mirror -> {
            AnnotationValue values = explicitValue(mirror, "value");
            if (values != null && values.getValue() instanceof List<?> list) {
                for (Object value : list) {
                    found.add((AnnotationMirror) ((AnnotationValue) value).getValue());
                }
            }
        });
        return found;
    }

    /** The value written for {@code member}, or null when it was left at its default. */
    static AnnotationValue explicitValue(AnnotationMirror mirror, String member) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(member)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** The origin of {@code member} of an annotation on {@code element}: the value when written, else the annotation. */
    static ElementOrigin origin(Element element, AnnotationMirror mirror, String member) {
        return new ElementOrigin(element, mirror, explicitValue(mirror, member));
    }
}
