package dev.usageschema.processor.read;

import dev.usageschema.processor.model.Origin;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * An {@link Origin} in the source: the element, and when the problem is in an annotation, that
 * annotation and the offending value, so that the IDE underlines exactly the wrong part.
 */
public record ElementOrigin(Element element, AnnotationMirror annotation, AnnotationValue value) implements Origin {

    public static ElementOrigin of(Element element) {
        return new ElementOrigin(element, null, null);
    }

    public static ElementOrigin of(Element element, AnnotationMirror annotation) {
        return new ElementOrigin(element, annotation, null);
    }
}
