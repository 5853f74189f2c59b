package dev.usageschema.json;

import dev.usageschema.Severity;
import dev.usageschema.Violation;
import dev.usageschema.runtime.Property;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How one generated model is read from JSON and written to it: which wire name is which property,
 * what JSON each property takes, and how to set it on the model's builder. The processor writes one
 * subclass per schema, {@code ImmutableX.Json}, reached through {@code ImmutableX.json()}; nothing
 * here or there uses reflection. A subclass overrides only the setters and look-ups that some
 * property of its schema takes: each default throws, as for an index no property of that kind has
 * (and {@link #putUnknown} for a schema that keeps no undeclared fields).
 *
 * @param <M> the generated model
 * @param <B> its builder
 */
public abstract class JsonSchema<M, B> {

    private final String name;
    private final Class<M> modelType;
    private final Class<? super M> schemaType;
    // Arrays, not lists: the reader asks for each on every field it reads.
    private final Property[] properties;
    private final JsonKind[] kinds;
    private final boolean[] primitives;
    private final boolean keepsUnknownFields;
    private final Severity unknownFields;
    private final WireNameTable wireNames = new WireNameTable();
    /** Each declared property's index by its canonical wire name, for {@link #index}. */
    private final Map<String, Integer> indexes;

    /**
     * @param name               the schema's name, as messages give it
     * @param modelType          the generated model
     * @param schemaType         the {@code @UsageSchema} interface it implements
     * @param properties         every property, in declaration order; its index is the one the methods below take
     * @param kinds              what JSON each property takes, in the same order
     * @param primitives         whether each property is held in a primitive, which cannot be {@code null}
     * @param keepsUnknownFields whether the schema keeps undeclared fields in a map ({@link #putUnknown})
     * @param unknownFields      what an undeclared field is reported as: when the schema keeps them, beside keeping
     *                           it (its map's {@code @AdditionalProperties(report = ...)}); else an error, a
     *                           warning, or nothing
     */
    protected JsonSchema(String name, Class<M> modelType, Class<? super M> schemaType, List<Property> properties,
            List<JsonKind> kinds, List<Boolean> primitives, boolean keepsUnknownFields, Severity unknownFields) {
        if (properties.size() != kinds.size() || properties.size() != primitives.size()) {
            throw new IllegalArgumentException(name + ": one kind and one primitive flag per property");
        }
        this.name = name;
        this.modelType = modelType;
        this.schemaType = schemaType;
        this.properties = properties.toArray(new Property[0]);
        this.kinds = kinds.toArray(new JsonKind[0]);
        this.primitives = new boolean[primitives.size()];
        for (int index = 0; index < this.primitives.length; index++) {
            this.primitives[index] = primitives.get(index);
        }
        this.keepsUnknownFields = keepsUnknownFields;
        this.unknownFields = unknownFields;
        Map<String, Integer> indexes = new HashMap<>();
        for (int index = 0; index < this.properties.length; index++) {
            if (this.kinds[index] != JsonKind.ADDITIONAL) {
                indexes.put(wireName(this.properties[index]), index);
            }
        }
        this.indexes = Map.copyOf(indexes);
    }

    /** The wire name a property of the schema itself stands at: its one JSON Pointer segment, unescaped. */
    private static String wireName(Property property) {
        return property.wirePath().substring(1).replace("~1", "/").replace("~0", "~");
    }

    /** {@return the schema's name, as messages give it} */
    public final String name() {
        return name;
    }

    /** {@return the generated model} */
    public final Class<M> modelType() {
        return modelType;
    }

    /** {@return the {@code @UsageSchema} interface the model implements} */
    public final Class<? super M> schemaType() {
        return schemaType;
    }

    /**
     * {@return {@code value} as the model: itself when it is one, else a checked copy}
     * @param value any implementation of the schema's interface
     * @throws ClassCastException when {@code value} does not implement it
     * @throws dev.usageschema.UsageViolationException listing every error of {@code value}
     */
    public final M toModel(Object value) {
        return modelType.isInstance(value) ? modelType.cast(value) : copyOf(schemaType.cast(value));
    }

    final int size() {
        return properties.length;
    }

    final Property property(int index) {
        return properties[index];
    }

    final JsonKind kind(int index) {
        return kinds[index];
    }

    final boolean primitive(int index) {
        return primitives[index];
    }

    final boolean keepsUnknownFields() {
        return keepsUnknownFields;
    }

    final Severity unknownFields() {
        return unknownFields;
    }

    /** The wire names a reader of bytes has met, as bytes. */
    final WireNameTable wireNames() {
        return wireNames;
    }

    /**
     * The property a wire name stands for. This finds each property by its canonical wire name; a
     * schema whose properties have alternate names ({@code @WireName(alternates = ...)}) overrides it.
     *
     * @param wireName a field name read from JSON
     * @return its property's index, for its canonical name and every alternate name; -1 for any other
     */
    protected int index(String wireName) {
        Integer index = indexes.get(wireName);
        return index == null ? -1 : index;
    }

    /**
     * {@return a checked copy of {@code value}, the model's {@code copyOf}}
     * @param value an implementation of the schema's interface
     * @throws dev.usageschema.UsageViolationException listing every error of {@code value}
     */
    protected abstract M copyOf(Object value);

    /** {@return a new, empty builder} */
    protected abstract B newBuilder();

    /**
     * Sets a {@link JsonKind#LONG} or {@link JsonKind#INT} property ({@code value} within {@code int}
     * for the latter).
     *
     * @param builder the builder
     * @param index   the property
     * @param value   its value
     */
    protected void setLong(B builder, int index, long value) {
        throw noSuchProperty(index);
    }

    /**
     * Sets a {@link JsonKind#DOUBLE} or {@link JsonKind#DOUBLE_COUNT} property.
     *
     * @param builder the builder
     * @param index   the property
     * @param value   its value
     */
    protected void setDouble(B builder, int index, double value) {
        throw noSuchProperty(index);
    }

    /**
     * Sets a property of any other kind: a {@link String}, a {@link Boolean}, an enum constant, a
     * nested model, or a list of nested models, as {@link #kind} says.
     *
     * @param builder the builder
     * @param index   the property
     * @param value   its value, of the type its kind says
     */
    protected void setValue(B builder, int index, Object value) {
        throw noSuchProperty(index);
    }

    /**
     * Gives a property that is not {@linkplain #primitive primitive} as an explicit {@code null}. A
     * property that {@link #setValue} sets takes it there, as {@code null}; a form overrides this for
     * the numbers it holds as boxed or optional values.
     *
     * @param builder the builder
     * @param index   the property
     */
    protected void setNull(B builder, int index) {
        setValue(builder, index, null);
    }

    /**
     * Keeps an undeclared field, when the schema {@linkplain #keepsUnknownFields() keeps them}.
     *
     * @param builder the builder
     * @param name    the field's name
     * @param value   its value: a map, list, string, number, boolean or {@code null}
     */
    protected void putUnknown(B builder, String name, Object value) {
        throw new UnsupportedOperationException(this.name + " keeps no undeclared fields");
    }

    /**
     * The enum constant a string names, for an {@link JsonKind#ENUM} property: by its one wire name
     * (its {@code @WireName}, else its Java name), exactly, or by an alternate of its {@code @WireName}.
     *
     * @param index the property
     * @param text  the string read
     * @return the constant, or {@code null} when none has that name
     */
    protected Object enumConstant(int index, String text) {
        throw noSuchProperty(index);
    }

    /**
     * Every string {@link #enumConstant} takes for an {@link JsonKind#ENUM} property, in the order of
     * the constants, as a violation lists them.
     *
     * @param index the property
     * @return the wire names, each constant's alternates after it
     */
    protected List<String> enumNames(int index) {
        throw noSuchProperty(index);
    }

    /**
     * The enum constant an integer stands for, for an {@link JsonKind#ENUM} property whose constants
     * have {@code @WireNumber}s; only a schema with such a property overrides it.
     *
     * @param index  the property
     * @param number the integer read
     * @return the constant, or {@code null} when none has that number, or the enum has no numbers
     */
    protected Object enumConstant(int index, long number) {
        return null;
    }

    /**
     * The {@code @WireNumber}s of an {@link JsonKind#ENUM} property's constants, in their order; empty
     * for an enum read by name alone (only a schema with a numbered enum overrides this).
     *
     * @param index the property
     * @return the numbers {@link #enumConstant(int, long)} takes
     */
    protected List<Integer> enumNumbers(int index) {
        return List.of();
    }

    /**
     * The type of the values of a {@link JsonKind#LIST}, {@link JsonKind#SET} or {@link JsonKind#MAP}
     * property: {@link String}, {@link Boolean}, {@link Long}, {@link Integer}, {@link Double},
     * {@link java.math.BigInteger} or {@link java.math.BigDecimal}; of a {@link JsonKind#EXACT} property, the
     * type of its one value.
     *
     * @param index the property
     * @return the element class
     */
    protected Class<?> elementType(int index) {
        throw noSuchProperty(index);
    }

    /**
     * The schema of a {@link JsonKind#NESTED} or {@link JsonKind#NESTED_LIST} property.
     *
     * @param index the property
     * @return the nested schema's JSON form
     */
    protected JsonSchema<?, ?> nested(int index) {
        throw noSuchProperty(index);
    }

    /**
     * {@return the model of what {@code builder} holds, not yet checked: {@link #check} judges it}
     * @param builder the builder
     */
    protected abstract M model(B builder);

    /**
     * Every check of the schema on a model just made by {@link #model} from {@code builder}.
     *
     * @param model   the model
     * @param builder the builder it was made from, which holds what its nested values' conversion rejected
     * @return every violation, errors and warnings, or {@code null} when there is none
     */
    protected abstract List<Violation> check(M model, B builder);

    /**
     * Writes a model as its JSON object: every given property under its canonical wire name, an
     * explicit {@code null} as {@code null}, an absent property not at all, then the kept unknown fields.
     *
     * @param model the model
     * @param sink  where to write
     */
    public abstract void write(M model, JsonSink sink);

    // ---- what the generated subclasses call

    /**
     * The constant of {@code constants} named {@code text} exactly, for an enum whose wire names are
     * its constants' names.
     *
     * @param constants the enum's constants
     * @param text      the string read
     * @param <E>       the enum
     * @return the constant, or {@code null} when none has that name
     */
    protected static <E extends Enum<E>> E constant(E[] constants, String text) {
        for (E constant : constants) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        return null;
    }

    /**
     * The names of {@code constants}, for the {@link #enumNames} of an enum whose wire names they are.
     *
     * @param constants the enum's constants
     * @return their names, in order
     */
    protected static List<String> names(Enum<?>[] constants) {
        List<String> names = new ArrayList<>(constants.length);
        for (Enum<?> constant : constants) {
            names.add(constant.name());
        }
        return names;
    }

    /**
     * The failure of a setter asked for a property of another kind, which {@link JsonReader} never does.
     *
     * @param index the property asked for
     * @return the exception to throw
     */
    protected static IllegalArgumentException noSuchProperty(int index) {
        return new IllegalArgumentException("no property of that kind at index " + index);
    }

    /**
     * Writes a whole number field when it is given.
     *
     * @param sink   where to write
     * @param given  whether the property was given
     * @param isNull whether it was given as an explicit {@code null}
     * @param name   its wire name
     * @param value  its value
     */
    protected static void writeLong(JsonSink sink, boolean given, boolean isNull, String name, long value) {
        if (given) {
            sink.declaredName(name);
            if (isNull) {
                sink.nullValue();
            } else {
                sink.number(value);
            }
        }
    }

    /**
     * Writes a floating number field when it is given.
     *
     * @param sink   where to write
     * @param given  whether the property was given
     * @param isNull whether it was given as an explicit {@code null}
     * @param name   its wire name
     * @param value  its value
     */
    protected static void writeDouble(JsonSink sink, boolean given, boolean isNull, String name, double value) {
        if (given) {
            sink.declaredName(name);
            if (isNull) {
                sink.nullValue();
            } else {
                sink.number(value);
            }
        }
    }

    /**
     * Writes a field held as an object when it is given: {@code null}, a boxed number, a string, a
     * boolean, or an enum constant (as its name; the generated code passes the wire name of a
     * constant that has a {@code @WireName}).
     *
     * @param sink  where to write
     * @param given whether the property was given
     * @param name  its wire name
     * @param value its value, {@code null} for an explicit null
     */
    protected static void writeValue(JsonSink sink, boolean given, String name, Object value) {
        if (given) {
            sink.declaredName(name);
            if (value instanceof Enum<?> constant) {
                sink.string(constant.name());
            } else {
                JsonValues.write(value, sink);
            }
        }
    }

    /**
     * Writes a nested model field when it is given.
     *
     * @param sink   where to write
     * @param given  whether the property was given
     * @param name   its wire name
     * @param schema the nested schema's JSON form
     * @param value  the nested model, {@code null} for an explicit null
     * @param <N>    the nested model
     */
    protected static <N> void writeNested(JsonSink sink, boolean given, String name, JsonSchema<N, ?> schema, N value) {
        if (given) {
            sink.declaredName(name);
            if (value == null) {
                sink.nullValue();
            } else {
                schema.write(value, sink);
            }
        }
    }

    /**
     * Writes a list of nested models when it is given.
     *
     * @param sink     where to write
     * @param given    whether the property was given
     * @param name     its wire name
     * @param schema   the element schema's JSON form
     * @param elements the list, each element a model of that schema; {@code null} for an explicit null
     * @param <N>      the element model
     */
    @SuppressWarnings("unchecked")
    protected static <N> void writeList(JsonSink sink, boolean given, String name, JsonSchema<N, ?> schema,
            List<?> elements) {
        if (given) {
            sink.declaredName(name);
            if (elements == null) {
                sink.nullValue();
                return;
            }
            sink.startArray();
            for (Object element : elements) {
                // A model holds models of the element schema only: the builder converts every element.
                schema.write((N) element, sink);
            }
            sink.endArray();
        }
    }

    /**
     * Writes the undeclared fields a model keeps, each beside the declared ones.
     *
     * @param sink   where to write
     * @param fields the fields, in their order
     */
    protected static void writeUnknown(JsonSink sink, Map<String, Object> fields) {
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            sink.name(field.getKey());
            JsonValues.write(field.getValue(), sink);
        }
    }
}
