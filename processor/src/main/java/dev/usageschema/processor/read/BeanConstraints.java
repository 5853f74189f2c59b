package dev.usageschema.processor.read;

import com.palantir.javapoet.AnnotationSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The Jakarta Bean Validation annotations on an accessor ({@code @Max}, {@code @Size}, a user's
 * own constraints, their {@code .List} containers, {@code @Valid}), with their groups and payloads,
 * to be carried onto the generated class where Hibernate Validator sees them.
 */
final class BeanConstraints {

    private static final String CONSTRAINT = "jakarta.validation.Constraint";
    private static final String VALID = "jakarta.validation.Valid";

    private BeanConstraints() {
    }

    /** The annotations on the accessor itself. */
    static List<AnnotationSpec> of(ExecutableElement accessor) {
        return of(accessor.getAnnotationMirrors());
    }

    /**
     * The annotations on the element type of an {@code Optional}, a {@code List} or an
     * {@code Optional<List<...>>} accessor, {@code Optional<@Valid Details>},
     * {@code List<@Valid Entry>} or {@code Optional<List<@Valid Entry>>}, where Bean Validation
     * wants cascades and element constraints.
     */
    static List<AnnotationSpec> ofTypeArgument(ExecutableElement accessor, boolean listInOptional) {
        TypeMirror type = accessor.getReturnType();
        for (int level = listInOptional ? 2 : 1; level > 0; level--) {
            if (!(type instanceof DeclaredType declared) || declared.getTypeArguments().size() != 1) {
                return List.of();
            }
            type = declared.getTypeArguments().get(0);
        }
        return of(type.getAnnotationMirrors());
    }

    private static List<AnnotationSpec> of(List<? extends AnnotationMirror> annotations) {
        List<AnnotationSpec> constraints = new ArrayList<>();
        for (AnnotationMirror annotation : annotations) {
            TypeElement type = (TypeElement) annotation.getAnnotationType().asElement();
            if (isConstraint(type) || isConstraintContainer(type) || type.getQualifiedName().contentEquals(VALID)) {
                constraints.add(AnnotationSpec.get(annotation));
            }
        }
        return constraints;
    }

    private static boolean isConstraint(Element annotationType) {
        return annotationType.getAnnotationMirrors().stream().anyMatch(meta ->
                ((TypeElement) meta.getAnnotationType().asElement()).getQualifiedName().contentEquals(CONSTRAINT));
    }

    /** {@code @Max.List} and the like: a {@code value()} that is an array of constraints. */
    private static boolean isConstraintContainer(TypeElement annotationType) {
        for (ExecutableElement member : ElementFilter.methodsIn(annotationType.getEnclosedElements())) {
            if (member.getSimpleName().contentEquals("value") && member.getReturnType() instanceof ArrayType array) {
                TypeMirror component = array.getComponentType();
                return component instanceof DeclaredType declared && isConstraint(declared.asElement());
            }
        }
        return false;
    }
}
