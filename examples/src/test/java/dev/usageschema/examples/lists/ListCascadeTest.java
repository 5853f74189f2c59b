package dev.usageschema.examples.lists;

import static com.google.common.truth.Truth.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code List<@Valid S>} cascades into every element, with the element's index in the path. */
class ListCascadeTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidator() {
        factory.close();
    }

    @Test
    void anElementsConstraintIsReportedAtItsIndex() {
        ImmutableCascadingUsage usage = ImmutableCascadingUsage.builder().promptTokens(1)
                .entries(List.of(ImmutableCascadedEntry.builder().tokens(3).build(),
                        ImmutableCascadedEntry.builder().tokens(11).build()))
                .build();

        Set<ConstraintViolation<ImmutableCascadingUsage>> violations = validator.validate(usage);

        assertThat(violations).hasSize(1);
        assertThat(violations.iterator().next().getPropertyPath().toString()).isEqualTo("entries[1].tokens");
    }

    @Test
    void anOptionalListCascadesToo() {
        ImmutableCascadingUsage usage = ImmutableCascadingUsage.builder().promptTokens(1).entries(List.of())
                .moreEntries(List.of(ImmutableCascadedEntry.builder().tokens(12).build()))
                .build();

        Set<ConstraintViolation<ImmutableCascadingUsage>> violations = validator.validate(usage);

        assertThat(violations).hasSize(1);
        assertThat(violations.iterator().next().getPropertyPath().toString()).isEqualTo("moreEntries[0].tokens");
    }
}
