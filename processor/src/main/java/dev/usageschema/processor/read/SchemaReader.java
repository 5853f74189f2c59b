package dev.usageschema.processor.read;

import com.palantir.javapoet.ClassName;
import dev.usageschema.Addable;
import dev.usageschema.NullInSum;
import dev.usageschema.UsageSchema;
import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.AdditionSpec;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads an element annotated {@code @UsageSchema} into a {@link Schema}. */
public final class SchemaReader {

    private final Elements elements;
    private final Types types;
    private final TypeClassifier classifier;
    private final NestedSchemas nestedSchemas;
    private final boolean json;

    /** @param json whether the models carry JSON forms, so that what they ignore is reported */
    public SchemaReader(ProcessingEnvironment environment, boolean json) {
        this.json = json;
        this.elements = environment.getElementUtils();
        this.types = environment.getTypeUtils();
        this.classifier = new TypeClassifier(elements, types);
        this.nestedSchemas = new NestedSchemas(elements, types, classifier);
    }

    public ReadResult read(TypeElement type, Diagnostics diagnostics) {
        if (!SchemaTarget.isValid(type, diagnostics)) {
            return new ReadResult.Rejected();
        }
        UsageSchema annotation = type.getAnnotation(UsageSchema.class);
        boolean nameValid = isValidTypeName(type, annotation, diagnostics);
        PropertyReader reader = new PropertyReader(elements, types, classifier, diagnostics,
                nested -> nestedSchemas.read(type, nested));
        List<Property> properties = new ArrayList<>();
        Set<String> unreadable = new LinkedHashSet<>();
        List<ExecutableElement> accessors = Accessors.of(type);
        for (ExecutableElement accessor : accessors) {
            PropertyReader.Outcome outcome = reader.read((DeclaredType) type.asType(), accessor, SchemaDefaults.naming(type),
                    SchemaDefaults.severity(type));
            if (outcome instanceof PropertyReader.Read read) {
                properties.add(read.property());
            } else if (outcome instanceof PropertyReader.Missing absent) {
                return new ReadResult.Deferred(absent.typeName());
            } else {
                unreadable.add(PropertyNames.of(type, accessor));
            }
        }
        // After the accessors, so that a schema read again in a later round is reported once.
        if (json) {
            JacksonAnnotations.report(type, accessors, diagnostics);
        }
        if (!nameValid) {
            return new ReadResult.Rejected();
        }
        ClassName schemaType = ClassName.get(type);
        String doc = elements.getDocComment(type);
        return new ReadResult.Read(new Schema(schemaType, GeneratedNames.of(schemaType, annotation),
                doc == null ? "" : doc.strip(), properties, unreadable,
                types.isAssignable(type.asType(), elements.getTypeElement("java.io.Serializable").asType()),
                readsJavaCompiler(elements.getModuleOf(type)), SchemaDefaults.unknownFields(type, accessors), ElementOrigin.of(type),
                addition(type), CanonicalMappings.read(type, elements)));
    }

    private static Optional<AdditionSpec> addition(TypeElement type) {
        Addable addable = type.getAnnotation(Addable.class);
        if (addable == null) {
            return Optional.empty();
        }
        AnnotationMirror mirror = AnnotationMirrors.find(type, Addable.class).orElseThrow();
        return Optional.of(new AdditionSpec(addable.absent(), addable.nulls() == NullInSum.ADDS_NOTHING,
                List.of(addable.stream()),
                AnnotationMirrors.origin(type, mirror, addable.stream().length > 1 ? "stream" : "absent"),
                AnnotationMirrors.origin(type, mirror, "nulls")));
    }

    /**
     * Whether code in {@code module} can use {@code javax.annotation.processing.Generated}: every
     * type on the class path can; a named module only when it reads {@code java.compiler}, which
     * users should not need just because of generated code. Asked as a type lookup from the module
     * rather than of its directives: JDK 17's javac, asked for the directives while processing,
     * checks each {@code provides} then, before the generated class it names exists, and fails the
     * module ("the service implementation does not have a default constructor").
     */
    private boolean readsJavaCompiler(ModuleElement module) {
        if (module == null || module.isUnnamed()) {
            return true;
        }
        return elements.getTypeElement(module, "javax.annotation.processing.Generated") != null;
    }

    private static boolean isValidTypeName(TypeElement type, UsageSchema annotation, Diagnostics diagnostics) {
        String name = annotation.typeName();
        if (name.isEmpty() || (SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name))) {
            return true;
        }
        AnnotationMirror mirror = AnnotationMirrors.find(type, UsageSchema.class).orElseThrow();
        diagnostics.error(AnnotationMirrors.origin(type, mirror, "typeName"), "[UsageSchemaTypeName] '" + name
                + "' is not a valid simple class name; give a Java identifier such as ChatUsageModel, without a package");
        return false;
    }
}
