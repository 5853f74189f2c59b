package dev.usageschema.validation;

import dev.usageschema.Violation;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeContextBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A violation's Java path ({@code promptTokensDetails[1].tokenCount}, {@code perModel[gpt-4.1]}) as
 * Bean Validation nodes: a property node per name, the index or key of a list or map element on
 * the node that follows it, and an element at the end of the path as a bean node at its index or
 * key. A map key is any text, dots and brackets included, so the elements at the end of the path
 * are read off the wire path, whose segments name them exactly (a JSON Pointer escapes {@code /}
 * and {@code ~}); the Java path alone cannot say where such a key ends.
 */
final class PropertyNodes {

    /** One step of a path: a property name, or {@code null} for an element; and where it sits in its container. */
    private record Node(String name, Object position) {
    }

    private PropertyNodes() {
    }

    /** Adds {@code violation}'s nodes to {@code builder} and the constraint violation to the context. */
    static void report(Violation violation, ConstraintViolationBuilder builder) {
        List<Node> nodes = nodes(violation.propertyPath(), violation.wirePath());
        Cursor at = new Cursor(builder::addPropertyNode, builder);
        int last = nodes.size() - 1;
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (i == last && node.name() == null) {
                LeafNodeContextBuilder leaf = at.leaf().addBeanNode().inIterable();
                if (node.position() instanceof Integer index) {
                    leaf.atIndex(index).addConstraintViolation();
                } else {
                    leaf.atKey(node.position()).addConstraintViolation();
                }
                return;
            }
            NodeBuilderCustomizableContext added = at.property().apply(node.name());
            if (node.position() == null) {
                at = new Cursor(added::addPropertyNode, added);
            } else {
                NodeContextBuilder iterable = added.inIterable();
                var positioned = node.position() instanceof Integer index
                        ? iterable.atIndex(index) : iterable.atKey(node.position());
                at = new Cursor(positioned::addPropertyNode, positioned);
            }
        }
        at.done().run();
    }

    /**
     * What the path so far can be continued with; the node contexts of Bean Validation's builder
     * share no type, so each is held by its methods.
     */
    private record Cursor(Function<String, NodeBuilderCustomizableContext> property, Leaf leaf, Runnable done) {

        Cursor(Function<String, NodeBuilderCustomizableContext> property, ConstraintViolationBuilder builder) {
            this(property, builder::addBeanNode, builder::addConstraintViolation);
        }

        Cursor(Function<String, NodeBuilderCustomizableContext> property, NodeBuilderCustomizableContext context) {
            this(property, context::addBeanNode, context::addConstraintViolation);
        }

        Cursor(Function<String, NodeBuilderCustomizableContext> property,
                ConstraintViolationBuilder.NodeBuilderDefinedContext context) {
            this(property, context::addBeanNode, context::addConstraintViolation);
        }
    }

    /** Adds the bean node that ends a path. */
    private interface Leaf {
        ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext addBeanNode();
    }

    /**
     * The nodes of {@code propertyPath}; {@code wirePath}, the same place in wire names, gives the
     * exact text of the elements that end it.
     */
    private static List<Node> nodes(String propertyPath, String wirePath) {
        List<String> wire = segments(wirePath);
        List<Object> elements = new ArrayList<>();
        int end = propertyPath.length();
        for (int w = wire.size() - 1; w >= 0 && end > 0 && propertyPath.charAt(end - 1) == ']'; w--) {
            String element = "[" + wire.get(w) + "]";
            if (!propertyPath.startsWith(element, end - element.length())) {
                break;
            }
            elements.add(0, position(wire.get(w)));
            end -= element.length();
        }
        List<Node> nodes = new ArrayList<>();
        Object pending = head(propertyPath.substring(0, end), nodes);
        for (Object element : elements) {
            if (pending != null) {
                nodes.add(new Node(null, pending));
            }
            pending = element;
        }
        if (pending != null) {
            nodes.add(new Node(null, pending));
        }
        return nodes;
    }

    /**
     * Reads names and bracketed positions ({@code segments[1].tokens}) into {@code nodes}: a position
     * belongs to the node after it; returns the one left over at the end, if any.
     */
    private static Object head(String path, List<Node> nodes) {
        Object pending = null;
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                i++;
            } else if (c == '[') {
                int close = path.indexOf(']', i);
                int stop = close < 0 ? path.length() : close;
                if (pending != null) {
                    nodes.add(new Node(null, pending));
                }
                pending = position(path.substring(i + 1, stop));
                i = stop + 1;
            } else {
                int stop = i;
                while (stop < path.length() && path.charAt(stop) != '.' && path.charAt(stop) != '[') {
                    stop++;
                }
                nodes.add(new Node(path.substring(i, stop), pending));
                pending = null;
                i = stop;
            }
        }
        return pending;
    }

    /**
     * An index when the text is one, else a map key. A map key that is a plain number reads as an
     * index: the path, as Bean Validation prints it too, is the same either way.
     */
    private static Object position(String text) {
        boolean digits = !text.isEmpty() && text.length() <= 9 && (text.equals("0") || text.charAt(0) != '0');
        for (int i = 0; digits && i < text.length(); i++) {
            digits = text.charAt(i) >= '0' && text.charAt(i) <= '9';
        }
        return digits ? (Object) Integer.valueOf(text) : text;
    }

    /** The segments of a JSON Pointer, unescaped. */
    private static List<String> segments(String pointer) {
        List<String> segments = new ArrayList<>();
        if (!pointer.startsWith("/")) {
            return segments;
        }
        for (String segment : pointer.substring(1).split("/", -1)) {
            segments.add(segment.replace("~1", "/").replace("~0", "~"));
        }
        return segments;
    }
}
