package dev.usageschema.processor.check;

import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.ListSumPart;
import dev.usageschema.processor.model.NestedCountPath;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;
import java.util.Optional;

/**
 * A total must be able to hold what its parts can add up to: an {@code int} total of
 * {@code long} parts, or a {@code double} total (exact to 2^53) of {@code long} parts, would fail
 * for values every part accepts.
 */
final class SumWidthCheck implements SchemaCheck {

    @Override
    public void check(Schema schema, Diagnostics diagnostics) {
        for (Property total : schema.properties()) {
            Optional<Property> totalCount = total.sum().flatMap(sum -> sum.inNested()
                    ? NestedCountPath.within(total.name(), sum.count()).resolve(schema.properties())
                            .map(NestedCountPath.Steps::count)
                    : Optional.of(total).filter(Property::isCount));
            if (totalCount.isEmpty()) {
                continue;
            }
            for (String partName : total.sum().get().parts()) {
                Optional<Property> part = ListSumPart.of(partName)
                        .flatMap(listPart -> Properties.named(schema, listPart.list())
                                .flatMap(list -> list.nested())
                                .flatMap(element -> element.count(listPart.count())))
                        .or(() -> NestedCountPath.of(partName)
                                .flatMap(nestedPart -> nestedPart.resolve(schema.properties()))
                                .map(NestedCountPath.Steps::count))
                        .or(() -> Properties.named(schema, partName).filter(Property::isCount));
                if (part.isPresent() && part.get().countRange().max() > totalCount.get().countRange().max()) {
                    diagnostics.error(total.sum().get().origin(), "[UsageSchemaSumWidth] " + totalCount.get().name() + " holds at most "
                            + totalCount.get().countRange().max() + " but its part " + partName + " may be up to "
                            + part.get().countRange().max() + "; give " + totalCount.get().name()
                            + " a type at least as wide as its parts (long), or narrow the part (@Int32)");
                }
            }
        }
    }
}
