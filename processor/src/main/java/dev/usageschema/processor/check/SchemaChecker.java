package dev.usageschema.processor.check;

import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.Schema;
import java.util.ArrayList;
import java.util.List;

/** Runs every {@link SchemaCheck} over a schema. */
public final class SchemaChecker {

    private final List<SchemaCheck> checks = new ArrayList<>(List.of(
            new EmptySchemaCheck(),
            new PropertyFlagsCheck(),
            new ReservedNamesCheck(),
            new WireNamesCheck(),
            new WireNumbersCheck(),
            new SumReferencesCheck(),
            new SumWidthCheck(),
            new SumCycleCheck(),
            new DerivedAtLeastCheck(),
            new BoundReferencesCheck(),
            new BoundCycleCheck(),
            new NumberRangeCheck(),
            new UniqueByCheck(),
            new NestedCycleCheck(),
            new AdditionCheck(),
            new CanonicalMappingCheck()));

    /** @param json whether the models carry JSON forms, whose own checks then run too */
    public SchemaChecker(boolean json) {
        if (json) {
            checks.add(new JsonTypesCheck());
        }
    }

    public void check(Schema schema, Diagnostics diagnostics) {
        for (SchemaCheck check : checks) {
            check.check(schema, diagnostics);
        }
    }
}
