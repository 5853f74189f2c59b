package dev.usageschema.processor.check;

import dev.usageschema.processor.model.CanonicalMappingSpec;
import dev.usageschema.processor.model.CanonicalMappingSpec.RoleMapping;
import dev.usageschema.processor.model.CanonicalMappingSpec.Unmapped;
import dev.usageschema.processor.model.CanonicalPlan;
import dev.usageschema.processor.model.CanonicalPlan.PartRelation;
import dev.usageschema.processor.model.CountPaths;
import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.Kind;
import dev.usageschema.processor.model.MappedRole;
import dev.usageschema.processor.model.NestedCountPath;
import dev.usageschema.processor.model.NumberType;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A {@code @CanonicalMapping} names counts the schema has, each in one role, and places every count
 * of the schema; and it agrees with the schema's rules, from which the canonical arithmetic follows.
 * A mapping that contradicts them would give a plausible wrong number at run time (a cache count
 * added twice, thinking tokens dropped), so each contradiction is an error on the mapping, with the
 * way out; a part the schema says nothing about is taken as added, with a warning.
 */
final class CanonicalMappingCheck implements SchemaCheck {

    private static final String TAG = "[UsageSchemaCanonical] ";
    private static final Pattern CONVENTION = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

    @Override
    public void check(Schema schema, Diagnostics diagnostics) {
        if (schema.canonical().isEmpty()) {
            return;
        }
        CanonicalMappingSpec mapping = schema.canonical().get();
        if (!mapping.available()) {
            diagnostics.error(mapping.origin(), TAG + "@CanonicalMapping gives " + schema.displayName()
                    + "'s model toCanonical(), which needs the canonical usage (dev.usageschema.canonical.CanonicalUsage)"
                    + " on the compile class path; add the dependency dev.usageschema:usage-schema-canonical");
        }
        if (!CONVENTION.matcher(mapping.convention()).matches()) {
            diagnostics.error(mapping.conventionOrigin(), TAG + "convention \"" + mapping.convention() + "\" names no"
                    + " provider surface; give lower-case words joined by '-' or '.', such as \"openai-chat\"");
        }
        Properties.named(schema, "toCanonical").ifPresent(property -> diagnostics.error(property.origin(), TAG
                + "toCanonical() is the method @CanonicalMapping writes; rename the accessor and keep the wire name with"
                + " @WireName(\"" + property.wireName() + "\")"));
        if (!checkRoles(schema, mapping, diagnostics)) {
            return;
        }
        checkUnmapped(schema, mapping, diagnostics);
        CanonicalPlan plan = CanonicalPlan.of(schema, mapping);
        for (PartRelation part : plan.parts()) {
            if (part.part().role().group() == MappedRole.Group.SPLIT) {
                checkSplit(schema, mapping, part, diagnostics);
            } else {
                checkPart(mapping, part, diagnostics);
            }
        }
        if (plan.total() == CanonicalPlan.TotalKind.EQUALS) {
            checkTotal(schema, mapping, plan, diagnostics);
        }
    }

    /**
     * Every role names a property of the right kind, no count plays two roles, an output part has an
     * output count; false when any does not, since the relations are only meaningful then.
     */
    private static boolean checkRoles(Schema schema, CanonicalMappingSpec mapping, Diagnostics diagnostics) {
        boolean resolved = true;
        Map<String, RoleMapping> byPath = new HashMap<>();
        for (RoleMapping role : mapping.roles()) {
            if (role.path().isEmpty()) {
                if (role.role() == MappedRole.INPUT) {
                    diagnostics.error(role.origin(), TAG + "@CanonicalMapping names no input count; input = \"...\""
                            + " names the count of input tokens " + schema.displayName() + " reports"
                            + Properties.counts(schema));
                    resolved = false;
                }
                continue;
            }
            if (Properties.isUnreadable(schema, role.path().split("\\.")[0])) {
                // Its accessor's own error is reported already.
                resolved = false;
                continue;
            }
            Optional<String> problem = problem(schema, role);
            if (problem.isPresent()) {
                diagnostics.error(role.origin(), TAG + subject(role) + " " + problem.get());
                resolved = false;
                continue;
            }
            RoleMapping earlier = byPath.putIfAbsent(role.path(), role);
            if (earlier != null) {
                diagnostics.error(role.origin(), TAG + role.path() + " is mapped to both " + earlier.role().attribute()
                        + " and " + role.role().attribute() + ", and a count plays one role; map it once");
                resolved = false;
            }
            boolean needsOutput = role.role().side() == MappedRole.Side.OUTPUT && role.role() != MappedRole.OUTPUT;
            if (needsOutput && mapping.path(MappedRole.OUTPUT).isEmpty()) {
                diagnostics.error(role.origin(), TAG + subject(role) + ": " + role.role().attribute() + " is a part of"
                        + " the output, and the mapping names no output count; name it with output = \"...\"");
                resolved = false;
            }
        }
        return resolved;
    }

    /** What is wrong with the property a role names, or empty. */
    private static Optional<String> problem(Schema schema, RoleMapping role) {
        String path = role.path();
        if (path.contains("[")) {
            return Optional.of("names a count through a list, and a role is one count; leave the list's counts out of"
                    + " the mapping");
        }
        Optional<CountPaths.Resolved> resolved = CountPaths.resolve(schema.properties(), path);
        if (resolved.isEmpty()) {
            return Optional.of(unresolved(schema, path));
        }
        Property target = resolved.get().target();
        return switch (role.role().group()) {
            case REQUESTS -> (target.isCount() || target.kind() == Kind.NUMBER) && target.numberType() != NumberType.DOUBLE
                    ? Optional.empty()
                    : Optional.of("names " + path + ", and web-search requests are a whole number held in an int or"
                            + " a long: a count, or a @NotACount");
            case COST -> target.isDecimal() || target.kind() == Kind.NUMBER && target.numberType() == NumberType.DOUBLE
                    ? Optional.empty()
                    : Optional.of("names " + path + ", and a cost is an exact decimal: declare it @NotACount BigDecimal"
                            + " (or a floating @NotACount)");
            default -> target.isCount() ? Optional.empty() : Optional.of("names " + path + ", which is "
                    + (target.kind() == Kind.NUMBER ? "a @NotACount number" : "not a count") + ", and "
                    + role.role().attribute() + " is a token count; map a token count of " + schema.displayName());
        };
    }

    private static String unresolved(Schema schema, String path) {
        Optional<NestedCountPath> nested = NestedCountPath.of(path);
        if (nested.isPresent()) {
            return NestedPaths.problem(schema.displayName(), schema.properties(), nested.get(), "names")
                    .orElse("names '" + path + "', which does not lead to a property of " + schema.displayName());
        }
        return "names '" + path + "', which is not a property of " + schema.displayName() + Properties.counts(schema);
    }

    /** Every count of the schema is mapped or listed as unmapped, and every unmapped entry is a count that is not mapped. */
    private static void checkUnmapped(Schema schema, CanonicalMappingSpec mapping, Diagnostics diagnostics) {
        Map<String, MappedRole> mapped = new HashMap<>();
        mapping.roles().stream().filter(role -> !role.path().isEmpty())
                .forEach(role -> mapped.putIfAbsent(role.path(), role.role()));
        List<String> counts = CountPaths.counts(schema.properties());
        Set<String> listed = new LinkedHashSet<>();
        for (Unmapped entry : mapping.unmapped()) {
            String path = entry.path();
            if (!counts.contains(path)) {
                diagnostics.error(entry.origin(), TAG + "unmapped lists '" + path + "', which is not a count of "
                        + schema.displayName() + "; list counts as paths, such as "
                        + (counts.isEmpty() ? "\"promptTokens\"" : "\"" + counts.get(counts.size() - 1) + "\""));
            } else if (mapped.containsKey(path)) {
                diagnostics.error(entry.origin(), TAG + "unmapped lists " + path + ", which "
                        + mapped.get(path).attribute() + " maps; a count is mapped or left out, not both");
            } else if (!listed.add(path)) {
                diagnostics.error(entry.origin(), TAG + "unmapped lists " + path + " twice");
            }
        }
        List<String> missing = counts.stream().filter(count -> !mapped.containsKey(count) && !listed.contains(count))
                .toList();
        if (!missing.isEmpty()) {
            diagnostics.error(mapping.unmappedOrigin(), TAG + "@CanonicalMapping places no role for "
                    + String.join(", ", missing) + " of " + schema.displayName() + ", and a count left out must be"
                    + " left out on purpose; map " + (missing.size() == 1 ? "it" : "each") + " to a role, or list "
                    + (missing.size() == 1 ? "it" : "them") + " in unmapped = {"
                    + missing.stream().map(count -> "\"" + count + "\"").collect(Collectors.joining(", ")) + "}");
        }
    }

    /** A part of the input or the output: inside its side's count or beside it, never both, never the other side's. */
    private static void checkPart(CanonicalMappingSpec mapping, PartRelation part, Diagnostics diagnostics) {
        RoleMapping role = part.part();
        String path = role.path();
        String side = role.role().side() == MappedRole.Side.INPUT ? "input" : "output";
        String total = mapping.path(MappedRole.TOTAL).orElse("");
        if (part.otherBound().isPresent()) {
            String other = part.otherBound().get();
            diagnostics.error(role.origin(), TAG + subject(role) + ": the schema puts " + path + " inside " + other
                    + ", the " + (side.equals("input") ? "output" : "input") + " count, and " + role.role().attribute()
                    + " is a part of the " + side + "; map " + path + " to a role of the "
                    + (side.equals("input") ? "output" : "input") + ", or bound it by " + part.owner() + " instead");
        } else if (part.inside() && part.inTotalSum()) {
            diagnostics.error(role.origin(), TAG + subject(role) + ": the schema puts " + path + " inside "
                    + part.owner() + " (" + how(part) + ") and adds it beside it in the @Sum on " + total
                    + ", so the total would count it twice; remove it from the @Sum on " + total + " if "
                    + part.owner() + " counts it, else remove the " + (part.boundedByOwner() ? "bound" : "@Sum part"));
        } else if (role.role().mustBeInside() && !part.inside()) {
            diagnostics.error(role.origin(), TAG + subject(role) + ": prediction tokens are counted in the output,"
                    + " and the schema does not bound " + path + " by " + part.owner() + "; bound it with "
                    + boundAdvice(path, part.owner()));
        } else if (!part.related()) {
            diagnostics.warning(role.origin(), TAG + subject(role) + ": the schema says nothing of " + path
                    + " against " + part.owner() + ", the " + side + " count, so it is taken as beside it and added to"
                    + " the " + side + "; if " + part.owner() + " counts it, bound it with "
                    + boundAdvice(path, part.owner()) + "; if it is added, "
                    + (total.isEmpty() ? "map the provider's total and list it in that total's @Sum"
                            : "list it in the @Sum on " + total));
        }
    }

    /**
     * A cache-write split lies inside the cache writes: the schema may bound it by them or add it up
     * to them, but never add it beside them or leave it out of a sum that makes them.
     */
    private static void checkSplit(Schema schema, CanonicalMappingSpec mapping, PartRelation part,
            Diagnostics diagnostics) {
        RoleMapping role = part.part();
        String path = role.path();
        Optional<String> cacheWrite = mapping.path(MappedRole.CACHE_WRITE);
        if (cacheWrite.isEmpty()) {
            diagnostics.error(role.origin(), TAG + subject(role) + ": " + role.role().attribute() + " is a part of the"
                    + " cache writes, and the mapping names none; map them with cacheWrite = \"...\"");
            return;
        }
        List<String> besides = new ArrayList<>();
        mapping.path(MappedRole.TOTAL).filter(total -> part.inTotalSum()).ifPresent(besides::add);
        mapping.path(MappedRole.INPUT).filter(input -> CountPaths.listedIn(schema.properties(), input, path))
                .ifPresent(besides::add);
        List<CountPaths.PathSum> writes = CountPaths.sumsOf(schema.properties(), cacheWrite.get());
        if (part.otherBound().isPresent()) {
            diagnostics.error(role.origin(), TAG + subject(role) + ": the schema puts " + path + " inside "
                    + part.otherBound().get() + ", the output count, and " + role.role().attribute()
                    + " is a part of the cache writes, " + cacheWrite.get() + "; bound it by " + cacheWrite.get()
                    + " instead");
        } else if (!besides.isEmpty()) {
            diagnostics.error(role.origin(), TAG + subject(role) + ": " + role.role().attribute() + " is a part of "
                    + cacheWrite.get() + ", and the schema adds " + path + " beside it in the @Sum on "
                    + String.join(" and ", besides) + ", so it would be counted twice; remove it from that @Sum");
        } else if (writes.stream().anyMatch(sum -> !sum.sum().atLeast() && !sum.parts().contains(path))) {
            diagnostics.error(role.origin(), TAG + subject(role) + ": " + cacheWrite.get() + " is the @Sum of "
                    + writes.get(0).parts().stream().collect(Collectors.joining(" + ")) + ", which leaves " + path
                    + " out, and " + role.role().attribute() + " is a part of it; list " + path + " in that @Sum, or"
                    + " map the split that is");
        } else if (!part.inside()) {
            diagnostics.warning(role.origin(), TAG + subject(role) + ": the schema says nothing of " + path
                    + " against " + cacheWrite.get() + ", whose part it is taken for; add it up to "
                    + cacheWrite.get() + " with @Sum there, or bound it with " + boundAdvice(path, cacheWrite.get()));
        }
    }

    /**
     * An equality total adds up exactly what the canonical total adds: the input and output counts
     * and the parts beside them. Anything else counts a part twice or drops one.
     */
    private static void checkTotal(Schema schema, CanonicalMappingSpec mapping, CanonicalPlan plan,
            Diagnostics diagnostics) {
        RoleMapping total = mapping.role(MappedRole.TOTAL).orElseThrow();
        Set<String> inside = plan.parts().stream().filter(PartRelation::inside).map(part -> part.part().path())
                .collect(Collectors.toSet());
        for (CountPaths.PathSum sum : CountPaths.sumsOf(schema.properties(), total.path())) {
            if (sum.sum().atLeast()) {
                continue;
            }
            List<String> sides = List.of(mapping.path(MappedRole.INPUT).orElse(""), mapping.path(MappedRole.OUTPUT).orElse(""));
            List<String> countsLeftOut = sides.stream().filter(count -> !count.isEmpty() && !sum.parts().contains(count))
                    .toList();
            List<String> notInTotal = plan.addends().stream()
                    .filter(addend -> !sum.parts().contains(addend) && !sides.contains(addend)).toList();
            // A part inside its count that the total lists is reported on the part, as counted twice.
            List<String> notAdded = sum.parts().stream()
                    .filter(part -> !plan.addends().contains(part) && !inside.contains(part)).toList();
            if (countsLeftOut.isEmpty() && notInTotal.isEmpty() && notAdded.isEmpty()) {
                continue;
            }
            StringBuilder message = new StringBuilder(TAG).append(subject(total)).append(": ").append(total.path())
                    .append(" is the @Sum of ").append(String.join(" + ", sum.parts()))
                    .append(", and the canonical total adds ").append(String.join(" + ", plan.addends()))
                    .append(" (the input and output counts, and the parts beside them)");
            if (!countsLeftOut.isEmpty()) {
                message.append("; ").append(total.path()).append(" leaves out ").append(String.join(" and ", countsLeftOut))
                        .append(", which the mapping names as the input or output count: map the counts it adds");
            }
            if (!notInTotal.isEmpty()) {
                message.append("; ").append(String.join(", ", notInTotal)).append(notInTotal.size() == 1 ? " is" : " are")
                        .append(" added beside ").append(notInTotal.size() == 1 ? "its count" : "their counts")
                        .append(" but not in ").append(total.path()).append(": bound ")
                        .append(notInTotal.size() == 1 ? "it by the count that counts it" : "each by the count that"
                                + " counts it").append(", or list ").append(notInTotal.size() == 1 ? "it" : "them")
                        .append(" in the @Sum on ").append(total.path());
            }
            if (!notAdded.isEmpty()) {
                message.append("; ").append(String.join(", ", notAdded)).append(notAdded.size() == 1 ? " is" : " are")
                        .append(" in ").append(total.path()).append(" but no role adds ")
                        .append(notAdded.size() == 1 ? "it" : "them")
                        .append(": map each to the part it is, beside the input or the output count");
            }
            diagnostics.error(total.origin(), message.toString());
        }
    }

    private static String how(PartRelation part) {
        return part.boundedByOwner() ? "an @AtMost bounds it by it" : "its @Sum lists it";
    }

    /**
     * The {@code @AtMost} that bounds the count at {@code path} by the count at {@code bound}: on the
     * count itself, or on the nested object that holds it with {@code count = ...}, written in the
     * innermost schema that holds both (a schema's rules name counts of its own objects, never above).
     */
    private static String boundAdvice(String path, String bound) {
        String[] segments = path.split("\\.");
        String[] boundSegments = bound.split("\\.");
        int common = 0;
        while (common < segments.length - 1 && common < boundSegments.length - 1
                && segments[common].equals(boundSegments[common])) {
            common++;
        }
        String value = String.join(".", List.of(boundSegments).subList(common, boundSegments.length));
        String rest = String.join(".", List.of(segments).subList(common + 1, segments.length));
        return (rest.isEmpty() ? "@AtMost(\"" + value + "\")"
                : "@AtMost(value = \"" + value + "\", count = \"" + rest + "\")") + " on " + segments[common];
    }

    private static String subject(RoleMapping role) {
        return "@CanonicalMapping(" + role.role().attribute() + " = \"" + role.path() + "\")";
    }
}
