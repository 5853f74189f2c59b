package dev.usageschema.processor.read;

import dev.usageschema.CanonicalMapping;
import dev.usageschema.processor.model.CanonicalMappingSpec;
import dev.usageschema.processor.model.CanonicalMappingSpec.RoleMapping;
import dev.usageschema.processor.model.CanonicalMappingSpec.Unmapped;
import dev.usageschema.processor.model.MappedRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Reads the {@code @CanonicalMapping} on a schema, each value with its place in the source. */
final class CanonicalMappings {

    /** What the generated {@code toCanonical()} calls; its absence means the canonical module is not on the class path. */
    static final String CONVERSION = "dev.usageschema.canonical.CanonicalConversion";

    private CanonicalMappings() {
    }

    static Optional<CanonicalMappingSpec> read(TypeElement type, Elements elements) {
        Optional<AnnotationMirror> found = AnnotationMirrors.find(type, CanonicalMapping.class);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AnnotationMirror mirror = found.get();
        List<RoleMapping> roles = new ArrayList<>();
        for (MappedRole role : MappedRole.values()) {
            AnnotationValue value = AnnotationMirrors.explicitValue(mirror, role.attribute());
            String path = value == null || !(value.getValue() instanceof String text) ? "" : text.strip();
            if (!path.isEmpty() || role.group() == MappedRole.Group.SIDE) {
                roles.add(new RoleMapping(role, path, AnnotationMirrors.origin(type, mirror, role.attribute())));
            }
        }
        AnnotationValue convention = AnnotationMirrors.explicitValue(mirror, "convention");
        List<Unmapped> unmapped = new ArrayList<>();
        AnnotationValue written = AnnotationMirrors.explicitValue(mirror, "unmapped");
        if (written != null && written.getValue() instanceof List<?> entries) {
            for (Object entry : entries) {
                AnnotationValue element = (AnnotationValue) entry;
                unmapped.add(new Unmapped(String.valueOf(element.getValue()).strip(),
                        new ElementOrigin(type, mirror, element)));
            }
        } else if (written != null && written.getValue() instanceof String single) {
            unmapped.add(new Unmapped(single.strip(), new ElementOrigin(type, mirror, written)));
        }
        return Optional.of(new CanonicalMappingSpec(
                convention == null ? "" : String.valueOf(convention.getValue()),
                AnnotationMirrors.origin(type, mirror, "convention"),
                roles, unmapped, AnnotationMirrors.origin(type, mirror, "unmapped"),
                elements.getTypeElement(CONVERSION) != null,
                ElementOrigin.of(type, mirror)));
    }
}
