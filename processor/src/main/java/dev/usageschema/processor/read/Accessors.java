package dev.usageschema.processor.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The abstract methods of a schema interface, inherited ones included. Order: super-interfaces
 * first, each in declaration order, so a derived schema lists its base's properties first. Where
 * an interface redeclares a method, its declaration wins (its annotations apply); where it
 * implements one with a default method, the method is no property at all.
 */
final class Accessors {

    private static final Set<String> OBJECT_METHODS = Set.of("toString()", "hashCode()", "equals(java.lang.Object)");

    private Accessors() {
    }

    static List<ExecutableElement> of(TypeElement schema) {
        Map<String, ExecutableElement> mostSpecific = new LinkedHashMap<>();
        collectMostSpecificFirst(schema, mostSpecific, new LinkedHashSet<>());
        Set<String> order = new LinkedHashSet<>();
        collectBaseFirst(schema, order, new LinkedHashSet<>());
        List<ExecutableElement> accessors = new ArrayList<>();
        for (String signature : order) {
            ExecutableElement method = mostSpecific.get(signature);
            if (method.getModifiers().contains(Modifier.ABSTRACT) && !OBJECT_METHODS.contains(signature)) {
                accessors.add(method);
            }
        }
        return accessors;
    }

    private static void collectMostSpecificFirst(TypeElement type, Map<String, ExecutableElement> found,
            Set<TypeElement> visited) {
        if (!visited.add(type)) {
            return;
        }
        for (ExecutableElement method : instanceMethods(type)) {
            found.putIfAbsent(signature(method), method);
        }
        for (TypeElement parent : superInterfaces(type)) {
            collectMostSpecificFirst(parent, found, visited);
        }
    }

    private static void collectBaseFirst(TypeElement type, Set<String> order, Set<TypeElement> visited) {
        if (!visited.add(type)) {
            return;
        }
        for (TypeElement parent : superInterfaces(type)) {
            collectBaseFirst(parent, order, visited);
        }
        for (ExecutableElement method : instanceMethods(type)) {
            order.add(signature(method));
        }
    }

    private static List<ExecutableElement> instanceMethods(TypeElement type) {
        List<ExecutableElement> methods = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            Set<Modifier> modifiers = method.getModifiers();
            if (!modifiers.contains(Modifier.STATIC) && !modifiers.contains(Modifier.PRIVATE)) {
                methods.add(method);
            }
        }
        return methods;
    }

    private static List<TypeElement> superInterfaces(TypeElement type) {
        List<TypeElement> parents = new ArrayList<>();
        for (TypeMirror parent : type.getInterfaces()) {
            if (parent.getKind() == TypeKind.DECLARED) {
                parents.add((TypeElement) ((DeclaredType) parent).asElement());
            }
        }
        return parents;
    }

    private static String signature(ExecutableElement method) {
        StringBuilder signature = new StringBuilder(method.getSimpleName()).append('(');
        for (int i = 0; i < method.getParameters().size(); i++) {
            signature.append(i > 0 ? "," : "").append(method.getParameters().get(i).asType());
        }
        return signature.append(')').toString();
    }
}
