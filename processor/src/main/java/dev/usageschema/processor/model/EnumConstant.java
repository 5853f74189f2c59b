package dev.usageschema.processor.model;

import java.util.List;
import java.util.OptionalInt;

/**
 * A constant of an enum that a schema holds, with what stands for it in JSON.
 *
 * @param name       the constant's Java name
 * @param wireName   what JSON writes for it: its {@code @WireName}, else its name
 * @param alternates other strings read as it
 * @param number     its {@code @WireNumber}, the integer also read as it, if any
 */
public record EnumConstant(String name, String wireName, List<String> alternates, OptionalInt number) {

    public EnumConstant {
        alternates = List.copyOf(alternates);
    }

    /** Whether JSON names it other than by its Java name. */
    public boolean renamed() {
        return !wireName.equals(name) || !alternates.isEmpty();
    }
}
