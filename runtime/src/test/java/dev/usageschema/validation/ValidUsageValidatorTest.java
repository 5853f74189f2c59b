package dev.usageschema.validation;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Checkable;
import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ValidUsageValidatorTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    /** Stands for a generated model: whatever violations it is given. */
    @ValidUsage
    private record Fixed(List<Violation> violations) implements Checkable {
    }

    private static Violation violation(Rule rule, Severity severity, String path, Object actual, String message) {
        return new Violation("/" + path.replace('.', '/'), path, rule, severity, actual, "x", message);
    }

    @Test
    void errorsBecomeViolationsAtTheirPathsAndWarningsDoNot() {
        Set<ConstraintViolation<Fixed>> violations = VALIDATOR.validate(new Fixed(List.of(
                violation(Rule.AT_MOST, Severity.ERROR, "details.cached", 10L, "cached 10 > prompt 9"),
                violation(Rule.SUM, Severity.WARNING, "total", 3L, "a 1 + b 1 != total 3"))));

        assertThat(violations).hasSize(1);
        ConstraintViolation<Fixed> only = violations.iterator().next();
        assertThat(only.getPropertyPath().toString()).isEqualTo("details.cached");
        assertThat(only.getMessage()).isEqualTo("must not exceed its bound (cached 10 > prompt 9)");
    }

    @Test
    void aValueWithoutErrorsIsValid() {
        assertThat(VALIDATOR.validate(new Fixed(List.of()))).isEmpty();
        assertThat(VALIDATOR.validate(new Fixed(List.of(
                violation(Rule.SUM, Severity.WARNING, "total", 3L, "a 1 + b 1 != total 3"))))).isEmpty();
    }

    @Test
    void valuesInMessagesAreNeverTakenForParametersOrExpressions() {
        Set<ConstraintViolation<Fixed>> violations = VALIDATOR.validate(new Fixed(List.of(
                violation(Rule.ADDITIONAL_PROPERTY, Severity.ERROR, "extra", "${'a'.concat('b')}{jakarta.validation.constraints.NotNull.message}\\",
                        "ignored"))));

        assertThat(violations.iterator().next().getMessage()).isEqualTo("must not use the name of a declared property"
                + " (${'a'.concat('b')}{jakarta.validation.constraints.NotNull.message}\\)");
    }

    /** The path's nodes: name, then the index or key where the node sits in its container. */
    private static List<String> nodes(String wirePath, String propertyPath) {
        Set<ConstraintViolation<Fixed>> violations = VALIDATOR.validate(new Fixed(List.of(
                new Violation(wirePath, propertyPath, Rule.NOT_NULL, Severity.ERROR, null, "x", "m"))));
        List<String> nodes = new ArrayList<>();
        for (Path.Node node : violations.iterator().next().getPropertyPath()) {
            nodes.add(node.getKind() + " " + node.getName() + (node.getIndex() != null ? " at index " + node.getIndex()
                    : node.getKey() != null ? " at key " + node.getKey() : ""));
        }
        return nodes;
    }

    @Test
    void aMapKeyStaysWholeWhateverItHolds() {
        assertThat(nodes("/perModel/gpt-4.1", "perModel[gpt-4.1]"))
                .containsExactly("PROPERTY perModel", "BEAN null at key gpt-4.1").inOrder();
        assertThat(nodes("/details/per_model/a].b[c", "details.perModel[a].b[c]"))
                .containsExactly("PROPERTY details", "PROPERTY perModel", "BEAN null at key a].b[c").inOrder();
        assertThat(nodes("/per_model/a~1b~0c", "perModel[a/b~c]"))
                .containsExactly("PROPERTY perModel", "BEAN null at key a/b~c").inOrder();
        assertThat(nodes("/k.1", "extra[k.1]")).containsExactly("PROPERTY extra", "BEAN null at key k.1").inOrder();
    }

    @Test
    void listElementsSitAtTheirIndexOnTheNodeAfterTheList() {
        assertThat(nodes("/details/1/tokens", "details[1].tokens"))
                .containsExactly("PROPERTY details", "PROPERTY tokens at index 1").inOrder();
        assertThat(nodes("/tags/1", "tags[1]")).containsExactly("PROPERTY tags", "BEAN null at index 1").inOrder();
        assertThat(nodes("/per_region/eu.west/0", "perRegion[eu.west][0]"))
                .containsExactly("PROPERTY perRegion", "PROPERTY null at key eu.west", "BEAN null at index 0").inOrder();
        assertThat(nodes("/tags/01", "tags[01]")).containsExactly("PROPERTY tags", "BEAN null at key 01").inOrder();
    }

    @Test
    void aPathThatIsNotTheWirePathsTwinIsStillReadByItsBrackets() {
        assertThat(nodes("", "details[2].tokens")).containsExactly("PROPERTY details", "PROPERTY tokens at index 2")
                .inOrder();
        assertThat(nodes("", "")).containsExactly("BEAN null"); // the value itself, as for a class-level constraint
    }
}
