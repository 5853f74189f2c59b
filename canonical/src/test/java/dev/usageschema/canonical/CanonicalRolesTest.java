package dev.usageschema.canonical;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.CanonicalMapping;
import dev.usageschema.processor.model.MappedRole;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The processor names the parts of this module by name: both lists agree, and with the annotation's attributes. */
class CanonicalRolesTest {

    @Test
    void everyPartTheProcessorPlacesIsARoleOfTheConversionOnTheSameSide() {
        List<String> parts = Arrays.stream(MappedRole.values())
                .filter(role -> role.group() == MappedRole.Group.PART)
                .map(role -> role.name() + " " + role.side())
                .toList();

        assertThat(parts).containsExactlyElementsIn(Arrays.stream(CanonicalRole.values())
                .map(role -> role.name() + " " + role.side()).toList());
    }

    @Test
    void everyAttributeOfTheAnnotationIsARoleOrTheConventionOrTheUnmappedCounts() {
        List<String> attributes = Arrays.stream(CanonicalMapping.class.getDeclaredMethods()).map(Method::getName)
                .filter(name -> !name.equals("convention") && !name.equals("unmapped")).toList();

        assertThat(attributes).containsExactlyElementsIn(Arrays.stream(MappedRole.values())
                .map(MappedRole::attribute).toList());
    }
}
