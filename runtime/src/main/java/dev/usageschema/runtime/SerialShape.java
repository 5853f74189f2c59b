package dev.usageschema.runtime;

import java.io.InvalidObjectException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The properties of one version of a serializable schema, as its serial form knows them: each by
 * its Java name, with the type its values must have. A stream carries properties by name, so the
 * order here is this version's own and never travels.
 */
public final class SerialShape {

    private final String schema;
    private final String[] names;
    private final SerialLayout layout;
    private final SerialType[] types;
    private final Map<String, Integer> indexes;

    /**
     * @param schema     the schema's name, as messages give it
     * @param properties every property, in declaration order
     * @param types      the type of each, in the same order
     */
    public SerialShape(String schema, List<Property> properties, List<SerialType> types) {
        if (properties.size() != types.size()) {
            throw new IllegalArgumentException(schema + ": one type per property");
        }
        this.schema = schema;
        this.names = properties.stream().map(Property::name).toArray(String[]::new);
        this.layout = new SerialLayout(names);
        this.types = types.toArray(new SerialType[0]);
        this.indexes = new HashMap<>();
        for (int index = 0; index < names.length; index++) {
            indexes.put(names[index], index);
        }
    }

    String schema() {
        return schema;
    }

    int size() {
        return names.length;
    }

    /** {@return the names in order, as every model of the schema writes them: one object, shared} */
    SerialLayout layout() {
        return layout;
    }

    /** {@return the index of the property named {@code name}, or -1 when this version has none} */
    int index(String name) {
        Integer index = indexes.get(name);
        return index == null ? -1 : index;
    }

    SerialType type(int index) {
        return types[index];
    }

    /** {@code Usage.tags}: a property as the messages of a refused stream name it. */
    String describe(int index) {
        return schema + "." + names[index];
    }

    /** {@return {@code value} as the property at {@code index} holds it; see {@link SerialType}} */
    Object conform(int index, Object value) throws InvalidObjectException {
        try {
            return types[index].conform(value);
        } catch (SerialType.Mismatch mismatch) {
            throw new InvalidObjectException(mismatch.describe(describe(index)));
        }
    }
}
