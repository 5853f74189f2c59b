package dev.usageschema.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * The {@code @CanonicalMapping} on a schema, read.
 *
 * @param convention       the provider surface it names
 * @param conventionOrigin where a diagnostic about the convention goes
 * @param roles            the roles it maps, in the annotation's order: {@code input} and {@code output}
 *                         always (an empty path when written empty), the others when written non-empty
 * @param unmapped         the counts it leaves out on purpose, as written
 * @param unmappedOrigin   the {@code unmapped} value, or the annotation when it was not written
 * @param available        whether the canonical module is on the compile class path
 * @param origin           the annotation
 */
public record CanonicalMappingSpec(String convention, Origin conventionOrigin, List<RoleMapping> roles,
        List<Unmapped> unmapped, Origin unmappedOrigin, boolean available, Origin origin) {

    public CanonicalMappingSpec {
        roles = List.copyOf(roles);
        unmapped = List.copyOf(unmapped);
    }

    /** The mapping of a role, when the annotation maps it (for input and output: written, maybe empty). */
    public Optional<RoleMapping> role(MappedRole role) {
        return roles.stream().filter(mapping -> mapping.role() == role).findFirst();
    }

    /** The path of a role that names a count, or empty. */
    public Optional<String> path(MappedRole role) {
        return role(role).map(RoleMapping::path).filter(path -> !path.isEmpty());
    }

    /**
     * One role and the count it names.
     *
     * @param path   the count, as a {@code @Sum} part writes it ({@code promptTokensDetails.cachedTokens})
     * @param origin the annotation value
     */
    public record RoleMapping(MappedRole role, String path, Origin origin) {
    }

    /**
     * A count left out of the canonical usage on purpose.
     *
     * @param path   as written
     * @param origin the array element
     */
    public record Unmapped(String path, Origin origin) {
    }
}
