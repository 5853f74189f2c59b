package dev.usageschema.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * What {@code --by} groups totals by: the input a record came from ({@code file}), or a value in each
 * whole response at a JSON Pointer ({@code /model}; {@code model} says it).
 */
final class Grouping {

    private static final Grouping FILE = new Grouping("file", null);

    private final String option;
    private final ValueAtPointer pointer;

    private Grouping(String option, ValueAtPointer pointer) {
        this.option = option;
        this.pointer = pointer;
    }

    /** {@code --by file|model|/pointer}. */
    static final class Converter implements ITypeConverter<Grouping> {
        @Override
        public Grouping convert(String value) {
            if (value.equals("file")) {
                return FILE;
            }
            String at = value.equals("model") ? "/model" : value;
            try {
                return new Grouping(value, new ValueAtPointer(at));
            } catch (IllegalArgumentException wrong) {
                throw new TypeConversionException("'" + value + "' is none of file, model or a JSON Pointer (/model,"
                        + " /metadata/team): " + wrong.getMessage());
            }
        }
    }

    /** {@return whether the group is read from each record's own bytes, rather than from where it came} */
    boolean readsRecords() {
        return pointer != null;
    }

    /**
     * {@return the group of a record}
     * @param file where it came from
     * @param json its bytes; {@code null} for a stream
     */
    String key(String file, byte[] json) {
        return pointer == null ? file : pointer.read(json);
    }

    @Override
    public String toString() {
        return option;
    }
}
