package dev.usageschema.runtime;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Severity;
import dev.usageschema.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A parent's bound asks a deeply nested value with work linear in the depth on the valid path, and at
 * most quadratic where a count breaks it: asking whether a child breaks the rule must not probe the
 * child's own children again at every level (which doubled the work per level).
 */
class NestedBoundDepthTest {

    private static final Property TOKENS = Property.of("tokens", "tokens");
    private static final Property NEXT = Property.of("next", "next");
    private static final Property ITEMS = Property.of("items", "items");

    /** A model as CountedWriter writes it: its count, then its nested value, then its list. */
    private static final class Node extends Counted {
        static long calls;
        private final long tokens;
        private final Node next;
        private final List<Node> items;

        Node(long tokens, Node next, List<Node> items) {
            this.tokens = tokens;
            this.next = next;
            this.items = items;
        }

        /** A node is checked where it is made: nothing is left to find. */
        @Override
        protected List<Violation> $check(List<Violation> rejected) {
            return rejected;
        }

        @Override
        protected List<Violation> $countsAbove(List<Violation> found, NestedBoundRule rule, long bound) {
            calls++;
            if (rule.breaks(tokens, bound)) {
                found = Violations.add(found, rule.violation(TOKENS, tokens, bound));
            }
            found = NestedCounts.above(found, rule, NEXT, bound, next);
            if (items != null) {
                found = NestedLists.bound(found, rule, ITEMS, bound, items);
            }
            return found;
        }
    }

    private static Node chain(int depth, boolean throughList, long deepest) {
        Node node = new Node(deepest, null, null);
        for (int i = 1; i < depth; i++) {
            node = throughList ? new Node(0, null, List.of(node)) : new Node(0, node, null);
        }
        return node;
    }

    @Test
    void aCountDeepInNestedValuesIsFoundWithoutDoublingTheWorkAtEveryLevel() {
        int depth = 20;
        Node.calls = 0;

        List<Violation> found = NestedCounts.above(null, NestedBoundRule.of(Severity.ERROR, NEXT, TOKENS), 5,
                chain(depth, false, 9));

        assertThat(found).hasSize(1);
        assertThat(found.get(0).wirePath()).isEqualTo("/next" + "/next".repeat(depth - 1) + "/tokens");
        assertThat(Node.calls).isAtMost((long) depth * depth);
    }

    @Test
    void aCountDeepInNestedListsIsFoundWithoutDoublingTheWorkAtEveryLevel() {
        int depth = 20;
        Node.calls = 0;

        List<Violation> found = NestedLists.bound(null, NestedBoundRule.of(Severity.ERROR, ITEMS, TOKENS), 5,
                List.of(chain(depth, true, 9)));

        assertThat(found).hasSize(1);
        assertThat(found.get(0).wirePath()).isEqualTo("/items/0" + "/items/0".repeat(depth - 1) + "/tokens");
        assertThat(Node.calls).isAtMost((long) depth * depth);
    }

    @Test
    void aValidDeepValueIsWalkedOnce() {
        int depth = 20;
        Node.calls = 0;

        assertThat(NestedCounts.above(null, NestedBoundRule.of(Severity.ERROR, NEXT, TOKENS), 5,
                chain(depth, false, 5))).isNull();
        assertThat(Node.calls).isEqualTo(depth);
    }
}
