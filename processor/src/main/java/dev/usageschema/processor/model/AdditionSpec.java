package dev.usageschema.processor.model;

import dev.usageschema.AbsentInSum;
import dev.usageschema.StreamStyle;
import java.util.List;

/**
 * The {@code @Addable} on a schema: values of it can be added.
 *
 * @param absent           what a property absent from one value makes of the sum
 * @param nullAddsNothing  whether a property given as {@code null} adds nothing ({@code NullInSum.ADDS_NOTHING})
 * @param streams          how the provider reports usage while streaming, as written: at most one is valid
 * @param origin           the annotation, where a diagnostic about the schema's addition goes
 * @param nullsOrigin      its {@code nulls}, where a diagnostic about it goes
 */
public record AdditionSpec(AbsentInSum absent, boolean nullAddsNothing, List<StreamStyle> streams, Origin origin,
        Origin nullsOrigin) {

    public AdditionSpec {
        streams = List.copyOf(streams);
    }
}
