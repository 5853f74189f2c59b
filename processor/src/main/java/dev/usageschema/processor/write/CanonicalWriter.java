package dev.usageschema.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.usageschema.processor.model.CanonicalMappingSpec;
import dev.usageschema.processor.model.CanonicalMappingSpec.RoleMapping;
import dev.usageschema.processor.model.CanonicalPlan;
import dev.usageschema.processor.model.CanonicalPlan.PartRelation;
import dev.usageschema.processor.model.CanonicalPlan.Placement;
import dev.usageschema.processor.model.Container;
import dev.usageschema.processor.model.CountPaths;
import dev.usageschema.processor.model.MappedRole;
import dev.usageschema.processor.model.NumberType;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * {@code toCanonical()} for a schema with a {@code @CanonicalMapping}: a conversion made once, which
 * holds the convention and where each mapped part lies (as the check stage derived it from the
 * schema's rules), and a method that reads the mapped counts and hands them to it. The arithmetic
 * and the canonical model's rules live in the canonical module; this is wiring.
 */
final class CanonicalWriter {

    private static final String PACKAGE = "dev.usageschema.canonical";
    private static final ClassName CONVERSION = ClassName.get(PACKAGE, "CanonicalConversion");
    private static final ClassName ROLE = ClassName.get(PACKAGE, "CanonicalRole");
    private static final ClassName CANONICAL_MODEL = ClassName.get(PACKAGE, "ImmutableCanonicalUsage");
    private static final String FIELD = "$CANONICAL";

    void write(Schema schema, TypeSpec.Builder model) {
        if (schema.canonical().isEmpty()) {
            return;
        }
        CanonicalMappingSpec mapping = schema.canonical().get();
        CanonicalPlan plan = CanonicalPlan.of(schema, mapping);
        model.addField(FieldSpec.builder(CONVERSION, FIELD, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(conversion(mapping, plan))
                .build());
        model.addMethod(toCanonical(schema, mapping, plan));
    }

    /** {@code CanonicalConversion.convention("openai-chat").total(...).inside(...).beside(...)} */
    private static CodeBlock conversion(CanonicalMappingSpec mapping, CanonicalPlan plan) {
        CodeBlock.Builder made = CodeBlock.builder().add("$T.convention($S)$>", CONVERSION, mapping.convention());
        if (plan.total() != CanonicalPlan.TotalKind.NONE) {
            made.add("\n.total($T.Total.$N)", CONVERSION, plan.total().name());
        }
        for (Placement placement : Placement.values()) {
            List<CodeBlock> roles = plan.parts().stream()
                    .filter(part -> part.part().role().group() == MappedRole.Group.PART && part.placement() == placement)
                    .map(part -> CodeBlock.of("$T.$N", ROLE, part.part().role().name()))
                    .toList();
            if (!roles.isEmpty()) {
                made.add("\n.$N($L)", placement == Placement.INSIDE ? "inside" : "beside", CodeBlock.join(roles, ", "));
            }
        }
        return made.add("$<").build();
    }

    private static MethodSpec toCanonical(Schema schema, CanonicalMappingSpec mapping, CanonicalPlan plan) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("toCanonical")
                .addJavadoc(doc(schema, mapping, plan))
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(RuntimeTypes.VALIDATED, CANONICAL_MODEL));
        // Each nested object on a mapped path, read once, null when absent.
        Map<String, String> holders = new LinkedHashMap<>();
        for (RoleMapping role : mapping.roles()) {
            if (role.path().isEmpty()) {
                continue;
            }
            CountPaths.Resolved resolved = CountPaths.resolve(schema.properties(), role.path()).orElseThrow();
            String owner = "this";
            String path = "";
            for (Property holder : resolved.holders()) {
                path = path.isEmpty() ? holder.name() : path + "." + holder.name();
                String local = path.replace('.', '$') + "$";
                if (!holders.containsKey(path)) {
                    CodeBlock read = holder.container() == Container.OPTIONAL
                            ? CodeBlock.of("$T.present($N.$N())", CONVERSION, owner, holder.accessorName())
                            : CodeBlock.of("$N.$N()", owner, holder.accessorName());
                    method.addStatement("$T $N = $L", holder.nested().orElseThrow().schemaType(), local,
                            owner.equals("this") ? read : CodeBlock.of("$N == null ? null : $L", owner, read));
                    holders.put(path, local);
                }
                owner = local;
            }
        }
        CodeBlock.Builder counts = CodeBlock.builder().add("return $N.counts()", FIELD);
        for (RoleMapping role : mapping.roles()) {
            if (role.path().isEmpty()) {
                continue;
            }
            CountPaths.Resolved resolved = CountPaths.resolve(schema.properties(), role.path()).orElseThrow();
            String owner = resolved.holders().isEmpty() ? "this" : holders.get(role.path().substring(0,
                    role.path().lastIndexOf('.')));
            counts.add("\n.$L", call(role, owner, resolved.target()));
        }
        return method.addStatement("$L\n.convert()", counts.build()).build();
    }

    /** The collector's call for one role, reading the count from {@code owner}, a model or a nested object that may be null. */
    private static CodeBlock call(RoleMapping role, String owner, Property target) {
        CodeBlock value = CodeBlock.of("$N.$N()", owner, target.accessorName());
        boolean mayBeAbsent = !owner.equals("this");
        MappedRole.Group group = role.role().group();
        if (group == MappedRole.Group.REQUESTS || group == MappedRole.Group.COST) {
            // The collector takes the property's own type; an absent holder gives null.
            String setter = group == MappedRole.Group.COST ? "cost" : "webSearchRequests";
            return CodeBlock.of("$N($L)", setter, mayBeAbsent ? CodeBlock.of("$N == null ? null : $L", owner, value) : value);
        }
        boolean direct = target.container() == Container.PRIMITIVE && target.numberType() != NumberType.DOUBLE;
        CodeBlock count = direct ? value : CodeBlock.of("$T.count($L)", CONVERSION, value);
        if (mayBeAbsent) {
            count = CodeBlock.of("$N == null ? $T.ABSENT : $L", owner, CONVERSION, count);
        }
        return switch (role.role()) {
            case INPUT -> CodeBlock.of("input($L)", count);
            case OUTPUT -> CodeBlock.of("output($L)", count);
            case TOTAL -> CodeBlock.of("total($L)", count);
            case CACHE_WRITE_5M -> CodeBlock.of("cacheWrite5m($L)", count);
            case CACHE_WRITE_1H -> CodeBlock.of("cacheWrite1h($L)", count);
            default -> CodeBlock.of("part($T.$N, $L)", ROLE, role.role().name(), count);
        };
    }

    private static CodeBlock doc(Schema schema, CanonicalMappingSpec mapping, CanonicalPlan plan) {
        Map<String, String> placements = new LinkedHashMap<>();
        for (PartRelation part : plan.parts()) {
            placements.put(part.part().path(), part.part().role().group() == MappedRole.Group.SPLIT
                    ? "a part of the cache writes"
                    : part.placement() == Placement.INSIDE ? "inside " + part.owner() : "beside " + part.owner() + ", added");
        }
        List<String> lines = new ArrayList<>();
        for (RoleMapping role : mapping.roles()) {
            if (!role.path().isEmpty()) {
                String placement = placements.get(role.path());
                lines.add("<li>" + role.role().attribute() + ": {@code " + role.path() + "}"
                        + (placement == null ? "" : ", " + placement) + "</li>");
            }
        }
        String total = switch (plan.total()) {
            case NONE -> "The canonical total is input plus output.";
            case EQUALS -> "The total equals its parts, as the canonical total adds them.";
            case AT_LEAST -> "The total may count tokens beyond input and output: the canonical unattributed tokens.";
        };
        return CodeBlock.of("{@return this usage as a canonical usage of the convention {@code $L}, with its\n"
                        + "warnings, or every violation of the canonical rules} Never throws. The counts map as the\n"
                        + "{@code @CanonicalMapping} on {@link $T} says, each part where its rules put it:\n"
                        + "<ul>\n$L\n</ul>\n$L\n",
                mapping.convention(), schema.schemaType(), String.join("\n", lines), total);
    }
}
