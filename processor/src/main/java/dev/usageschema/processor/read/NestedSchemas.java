package dev.usageschema.processor.read;

import com.palantir.javapoet.ClassName;
import dev.usageschema.Addable;
import dev.usageschema.UsageSchema;
import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.NestedSchema;
import dev.usageschema.processor.model.Origin;
import dev.usageschema.processor.model.Property;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads what a schema needs of a schema it nests: its properties (and theirs, at every depth, for
 * paths such as {@code details.audio.tokens}), and whether nesting leads back to the schema (a
 * cycle, which no finite usage object can fill). Problems inside the nested schema are reported
 * when that schema is processed itself, so this reads silently.
 */
final class NestedSchemas {

    private static final Diagnostics SILENT = new Diagnostics() {
        @Override
        public void error(Origin origin, String message) {
        }

        @Override
        public void warning(Origin origin, String message) {
        }
    };

    private final Elements elements;
    private final Types types;
    private final TypeClassifier classifier;
    private final PropertyReader reader;

    NestedSchemas(Elements elements, Types types, TypeClassifier classifier) {
        this.elements = elements;
        this.types = types;
        this.classifier = classifier;
        this.reader = new PropertyReader(elements, types, classifier, SILENT, nested -> null);
    }

    /**
     * {@code nested} as {@code root} sees it, its own nested schemas read too, at every depth, so
     * that a path ({@code details.audio.tokens}) can be followed.
     */
    NestedSchema read(TypeElement root, TypeElement nested) {
        return read(root, nested, new HashMap<>(), new HashSet<>());
    }

    /**
     * Each schema is read once per root ({@code done}); a schema met again while it is being read
     * ({@code reading}) is a cycle, reported on its own, and is left without its nested schema.
     */
    private NestedSchema read(TypeElement root, TypeElement nested, Map<TypeElement, NestedSchema> done,
            Set<TypeElement> reading) {
        NestedSchema known = done.get(nested);
        if (known != null || !reading.add(nested)) {
            return known;
        }
        PropertyReader deeper = new PropertyReader(elements, types, classifier, SILENT,
                next -> read(root, next, done, reading));
        List<String> cycle = new ArrayList<>();
        boolean leadsBack = leadsBack(root, nested, cycle, new HashSet<>());
        ClassName schemaType = ClassName.get(nested);
        NestedSchema read = new NestedSchema(schemaType,
                GeneratedNames.of(schemaType, nested.getAnnotation(UsageSchema.class)), properties(nested, deeper),
                hasCounts(nested, new HashSet<>()), leadsBack, leadsBack ? cycle : List.of(),
                nested.getAnnotation(Addable.class) != null);
        reading.remove(nested);
        done.put(nested, read);
        return read;
    }

    /** Whether {@code schema}, or a schema nested in it at any depth, has a count. */
    private boolean hasCounts(TypeElement schema, Set<TypeElement> visited) {
        if (!visited.add(schema)) {
            return false;
        }
        if (properties(schema, reader).stream().anyMatch(Property::isCount)) {
            return true;
        }
        for (ExecutableElement accessor : Accessors.of(schema)) {
            TypeElement next = nestedSchemaOf(schema, accessor);
            if (next != null && hasCounts(next, visited)) {
                return true;
            }
        }
        return false;
    }

    /** Depth-first through nested schemas; {@code path} holds {@code Type.property} steps to {@code root}. */
    private boolean leadsBack(TypeElement root, TypeElement from, List<String> path, Set<TypeElement> visited) {
        if (from.equals(root)) {
            return true;
        }
        if (!visited.add(from)) {
            return false;
        }
        for (ExecutableElement accessor : Accessors.of(from)) {
            TypeElement next = nestedSchemaOf(from, accessor);
            if (next != null) {
                path.add(from.getSimpleName() + "." + accessor.getSimpleName());
                if (leadsBack(root, next, path, visited)) {
                    return true;
                }
                path.remove(path.size() - 1);
            }
        }
        return false;
    }

    private TypeElement nestedSchemaOf(TypeElement schema, ExecutableElement accessor) {
        if (reader.classify((DeclaredType) schema.asType(), accessor) instanceof TypeClassifier.Classified classified
                && (classified.kind() == Kind.NESTED || classified.kind() == Kind.NESTED_LIST)) {
            return classified.element();
        }
        return null;
    }

    private List<Property> properties(TypeElement schema, PropertyReader reader) {
        List<Property> properties = new ArrayList<>();
        for (ExecutableElement accessor : Accessors.of(schema)) {
            if (reader.read((DeclaredType) schema.asType(), accessor, SchemaDefaults.naming(schema),
                    SchemaDefaults.severity(schema)) instanceof PropertyReader.Read read) {
                properties.add(read.property());
            }
        }
        return properties;
    }
}
