package dev.usageschema.processor.read;

import dev.usageschema.Addable;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Merge;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNumber;
import javax.annotation.processing.Messager;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.tools.Diagnostic;

/**
 * {@code @Addable}, {@code @CanonicalMapping} and {@code @Merge} say something only on a {@code @UsageSchema}
 * interface and its accessors, {@code @WireNumber} only on an enum constant; anywhere else they would be
 * ignored without a word, so they are errors there.
 */
public final class StrayAnnotations {

    private StrayAnnotations() {
    }

    public static void report(RoundEnvironment round, Messager messager) {
        for (Element element : round.getElementsAnnotatedWith(Addable.class)) {
            if (element.getAnnotation(UsageSchema.class) == null) {
                messager.printMessage(Diagnostic.Kind.ERROR, "[UsageSchemaAddable] @Addable says how values of a"
                        + " @UsageSchema add up, and " + element.getSimpleName() + " is not one; annotate it with"
                        + " @UsageSchema too, or remove @Addable", element);
            }
        }
        for (Element element : round.getElementsAnnotatedWith(CanonicalMapping.class)) {
            if (element.getAnnotation(UsageSchema.class) == null) {
                messager.printMessage(Diagnostic.Kind.ERROR, "[UsageSchemaCanonical] @CanonicalMapping maps the counts"
                        + " of a @UsageSchema, and " + element.getSimpleName() + " is not one; annotate it with"
                        + " @UsageSchema too, or remove @CanonicalMapping", element);
            }
        }
        for (Element element : round.getElementsAnnotatedWith(WireNumber.class)) {
            if (element.getKind() != ElementKind.ENUM_CONSTANT) {
                messager.printMessage(Diagnostic.Kind.ERROR, "[UsageSchemaWireNumber] @WireNumber goes on a constant"
                        + " of an enum, and " + element.getSimpleName() + " is not one", element);
            }
        }
        for (Element element : round.getElementsAnnotatedWith(Merge.class)) {
            Element owner = element.getEnclosingElement();
            if (owner == null || owner.getAnnotation(UsageSchema.class) == null) {
                messager.printMessage(Diagnostic.Kind.ERROR, "[UsageSchemaMerge] @Merge goes on an accessor of a"
                        + " @UsageSchema interface, and " + element.getSimpleName() + " is not one", element);
            }
        }
    }
}
