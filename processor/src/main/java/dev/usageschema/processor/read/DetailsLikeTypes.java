package dev.usageschema.processor.read;

import dev.usageschema.processor.model.Kind;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Recognises a details type that was meant to be a schema but lacks {@code @UsageSchema}: an
 * interface of the user's whose accessors all return what a schema would take for counts. Held
 * as a plain value, none of its counts would be checked, which is worth a warning.
 */
final class DetailsLikeTypes {

    private DetailsLikeTypes() {
    }

    static boolean looksLikeDetails(TypeElement type, TypeClassifier classifier) {
        if (type == null || type.getKind() != ElementKind.INTERFACE || type.getQualifiedName().toString().startsWith("java.")) {
            return false;
        }
        List<ExecutableElement> accessors = Accessors.of(type);
        return !accessors.isEmpty() && accessors.stream().allMatch(method -> method.getParameters().isEmpty()
                && classifier.classify(method.getReturnType(), false, false) instanceof TypeClassifier.Classified classified
                && classified.kind() == Kind.COUNT);
    }
}
