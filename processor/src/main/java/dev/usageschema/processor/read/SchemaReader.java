package dev.usageschema.processor.read;

import com.palantir.javapoet.ClassName;
import dev.usageschema.UsageSchema;
import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.NestedSchema;
import dev.usageschema.processor.model.Origin;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Reads an element annotated {@code @UsageSchema} into a {@link Schema}. */
public final class SchemaReader {

    private static final Diagnostics SILENT = new Diagnostics() {
        @Override
        public void error(Origin origin, String message) {
        }

        @Override
        public void warning(Origin origin, String message) {
        }
    };

    private final Elements elements;
    private final TypeClassifier classifier;

    public SchemaReader(ProcessingEnvironment environment) {
        this.elements = environment.getElementUtils();
        this.classifier = new TypeClassifier(elements, environment.getTypeUtils());
    }

    public ReadResult read(TypeElement type, Diagnostics diagnostics) {
        if (!isReadableInterface(type, diagnostics)) {
            return new ReadResult.Rejected();
        }
        UsageSchema annotation = type.getAnnotation(UsageSchema.class);
        PropertyReader reader = new PropertyReader(elements, classifier, diagnostics, this::readNested);
        List<Property> properties = new ArrayList<>();
        String missing = null;
        boolean rejected = false;
        for (ExecutableElement accessor : Accessors.of(type)) {
            PropertyReader.Outcome outcome = reader.read(accessor, annotation.naming(), annotation.severity());
            if (outcome instanceof PropertyReader.Read read) {
                properties.add(read.property());
            } else if (outcome instanceof PropertyReader.Missing absent) {
                missing = absent.typeName();
            } else {
                rejected = true;
            }
        }
        if (missing != null) {
            return new ReadResult.Deferred(missing);
        }
        if (rejected) {
            return new ReadResult.Rejected();
        }
        ClassName schemaType = ClassName.get(type);
        String doc = elements.getDocComment(type);
        return new ReadResult.Read(new Schema(schemaType, GeneratedNames.of(schemaType, annotation),
                doc == null ? "" : doc.strip(), properties, ElementOrigin.of(type)));
    }

    private static boolean isReadableInterface(TypeElement type, Diagnostics diagnostics) {
        if (type.getKind() != ElementKind.INTERFACE) {
            String kind = type.getKind().toString().toLowerCase().replace('_', ' ');
            diagnostics.error(ElementOrigin.of(type), "[UsageSchemaTarget] @UsageSchema goes on an interface, and "
                    + type.getSimpleName() + " is " + (kind.startsWith("a") || kind.startsWith("e") ? "an " : "a ") + kind
                    + "; declare the shape as an interface of accessors");
            return false;
        }
        if (!type.getTypeParameters().isEmpty()) {
            diagnostics.error(ElementOrigin.of(type), "[UsageSchemaTarget] " + type.getSimpleName()
                    + " is generic; a schema has one fixed shape, so remove its type parameters");
            return false;
        }
        if (type.getModifiers().contains(Modifier.PRIVATE)) {
            diagnostics.error(ElementOrigin.of(type), "[UsageSchemaTarget] " + type.getSimpleName()
                    + " is private; the generated class must implement it, so make it at least package-private");
            return false;
        }
        return true;
    }

    /** The counts of a nested schema; its own problems are reported when it is processed itself. */
    private NestedSchema readNested(TypeElement nested) {
        UsageSchema annotation = nested.getAnnotation(UsageSchema.class);
        PropertyReader reader = new PropertyReader(elements, classifier, SILENT, type -> null);
        List<Property> counts = new ArrayList<>();
        for (ExecutableElement accessor : Accessors.of(nested)) {
            if (reader.read(accessor, annotation.naming(), annotation.severity()) instanceof PropertyReader.Read read
                    && read.property().isCount()) {
                counts.add(read.property());
            }
        }
        ClassName schemaType = ClassName.get(nested);
        return new NestedSchema(schemaType, GeneratedNames.of(schemaType, annotation), counts);
    }
}
