package dev.usageschema.processor.model;

import dev.usageschema.processor.model.CanonicalMappingSpec.RoleMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The canonical arithmetic a schema's mapping comes to, from the schema's own rules: where each
 * mapped part lies, and what the mapped total is. A part of the input (of the output) is
 * <em>inside</em> the provider's input (output) count when the schema bounds it by that count, with
 * an {@code @AtMost} on it or on a nested object on its way, or lists it in a {@code @Sum} on that
 * count; otherwise it is <em>beside</em> it, and added: because the {@code @Sum} on the mapped total
 * lists it, or, with no relation at all, by default. The check stage reports what contradicts; the
 * write stage writes the placements.
 */
public final class CanonicalPlan {

    /** Where a part lies relative to its side's count. */
    public enum Placement {
        INSIDE,
        BESIDE
    }

    /** What the mapped total is. */
    public enum TotalKind {
        /** No total is mapped. */
        NONE,
        /** An equality {@code @Sum} makes it. */
        EQUALS,
        /** It is at least its {@code @Sum}'s parts, or has no {@code @Sum}. */
        AT_LEAST
    }

    /**
     * What the schema says of one mapped part (or cache-write split) against the count it belongs to.
     *
     * @param part           the part's mapping
     * @param owner          the path of the count it belongs to: its side's count, or the cache writes for a split
     * @param boundedByOwner whether the schema bounds it by that count
     * @param inOwnerSum     whether a {@code @Sum} on that count lists it
     * @param otherBound     the other side's count when the schema bounds the part by it or lists it in its sum
     * @param inTotalSum     whether the {@code @Sum} on the mapped total lists it
     */
    public record PartRelation(RoleMapping part, String owner, boolean boundedByOwner, boolean inOwnerSum,
            Optional<String> otherBound, boolean inTotalSum) {

        public boolean inside() {
            return boundedByOwner || inOwnerSum;
        }

        public Placement placement() {
            return inside() ? Placement.INSIDE : Placement.BESIDE;
        }

        /** Whether the schema says anything of it: inside its count, or beside it in the total. */
        public boolean related() {
            return inside() || inTotalSum;
        }
    }

    private final List<PartRelation> parts;
    private final TotalKind total;
    private final List<String> addends;

    private CanonicalPlan(List<PartRelation> parts, TotalKind total, List<String> addends) {
        this.parts = List.copyOf(parts);
        this.total = total;
        this.addends = List.copyOf(addends);
    }

    /** The plan of a mapping whose paths the check stage has resolved. */
    public static CanonicalPlan of(Schema schema, CanonicalMappingSpec mapping) {
        List<Property> properties = schema.properties();
        Optional<String> input = mapping.path(MappedRole.INPUT);
        Optional<String> output = mapping.path(MappedRole.OUTPUT);
        Optional<String> total = mapping.path(MappedRole.TOTAL);
        List<PartRelation> parts = new ArrayList<>();
        List<String> addends = new ArrayList<>();
        input.ifPresent(addends::add);
        output.ifPresent(addends::add);
        for (RoleMapping role : mapping.roles()) {
            MappedRole.Group group = role.role().group();
            if (role.path().isEmpty() || group != MappedRole.Group.PART && group != MappedRole.Group.SPLIT) {
                continue;
            }
            Optional<String> owner = group == MappedRole.Group.SPLIT ? mapping.path(MappedRole.CACHE_WRITE)
                    : role.role().side() == MappedRole.Side.INPUT ? input : output;
            Optional<String> other = role.role().side() == MappedRole.Side.INPUT ? output : input;
            if (group == MappedRole.Group.SPLIT) {
                other = output;
            }
            Set<String> bounds = CountPaths.boundsOf(properties, role.path());
            Optional<String> otherBound = other.filter(count -> bounds.contains(count)
                    || CountPaths.listedIn(properties, count, role.path()));
            PartRelation relation = new PartRelation(role, owner.orElse(""),
                    owner.map(bounds::contains).orElse(false),
                    owner.map(count -> CountPaths.listedIn(properties, count, role.path())).orElse(false),
                    otherBound,
                    total.map(count -> CountPaths.listedIn(properties, count, role.path())).orElse(false));
            parts.add(relation);
            if (group == MappedRole.Group.PART && relation.placement() == Placement.BESIDE) {
                addends.add(role.path());
            }
        }
        return new CanonicalPlan(parts, totalKind(properties, total), addends);
    }

    private static TotalKind totalKind(List<Property> properties, Optional<String> total) {
        if (total.isEmpty()) {
            return TotalKind.NONE;
        }
        return CountPaths.sumsOf(properties, total.get()).stream().anyMatch(sum -> !sum.sum().atLeast())
                ? TotalKind.EQUALS : TotalKind.AT_LEAST;
    }

    /** The mapped parts and cache-write splits, in the annotation's order. */
    public List<PartRelation> parts() {
        return parts;
    }

    public TotalKind total() {
        return total;
    }

    /** What the canonical total adds up, as paths: the input and output counts, and the parts beside them. */
    public List<String> addends() {
        return addends;
    }
}
