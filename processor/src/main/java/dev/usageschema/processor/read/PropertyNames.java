package dev.usageschema.processor.read;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/**
 * The Java name of each property of a schema: the name that {@code @Sum} and {@code @AtMost}
 * refer to, that the builder's setters and the violations' Java paths use, and that the wire name
 * comes from.
 *
 * <p>A property is named after its accessor, except when every accessor of the schema (inherited
 * ones included) is a JavaBeans getter: {@code getX()}, or {@code isX()} returning primitive
 * {@code boolean}, where {@code X} starts with a capital. Then each property is named by what
 * follows the prefix, decapitalised as {@code java.beans.Introspector.decapitalize} does:
 * {@code getPromptTokens()} is {@code promptTokens}, {@code isCached()} is {@code cached}, and
 * {@code getURL()} is {@code URL}, whose first two letters are capitals. One accessor of another
 * form, such as {@code long totalTokens()}, keeps every name whole. So do prefixes whose removal
 * would leave two properties with one name ({@code getCached()} beside {@code isCached()}) or a
 * name that is a Java keyword ({@code getDefault()}).
 */
final class PropertyNames {

    private PropertyNames() {
    }

    /**
     * The property name of {@code accessor}, one of the accessors of {@code schema}. Each call reads all
     * of the schema's accessors again; a schema has tens of them, so that costs next to nothing.
     */
    static String of(TypeElement schema, ExecutableElement accessor) {
        String name = allGetters(Accessors.of(schema)) ? withoutPrefix(accessor) : null;
        return name == null ? accessor.getSimpleName().toString() : name;
    }

    private static boolean allGetters(List<ExecutableElement> accessors) {
        Set<String> names = new HashSet<>();
        for (ExecutableElement accessor : accessors) {
            String name = withoutPrefix(accessor);
            if (name == null || SourceVersion.isKeyword(name) || !names.add(name)) {
                return false;
            }
        }
        return true;
    }

    /** The name a JavaBeans getter gives its property, or null when {@code accessor} is not a getter. */
    private static String withoutPrefix(ExecutableElement accessor) {
        String name = accessor.getSimpleName().toString();
        boolean returnsBoolean = accessor.getReturnType().getKind() == TypeKind.BOOLEAN;
        int prefix = startsWithPrefix(name, "get") ? 3 : returnsBoolean && startsWithPrefix(name, "is") ? 2 : 0;
        return prefix == 0 ? null : decapitalize(name.substring(prefix));
    }

    private static boolean startsWithPrefix(String name, String prefix) {
        return name.length() > prefix.length() && name.startsWith(prefix)
                && Character.isUpperCase(name.charAt(prefix.length()));
    }

    /** {@code PromptTokens} to {@code promptTokens}; a name that starts with two capitals, {@code URL}, stays. */
    static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
