package dev.usageschema.runtime;

import dev.usageschema.UsageViolationException;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.Arrays;

/**
 * What the model of a serializable schema is written as (its serialization proxy): the number of
 * properties given, then each given property as its Java name and its value, a tag byte followed
 * by a number as a primitive, a collection element by element, or any other value as an object of
 * the stream. A property not given is not written. Reading looks each name up in the
 * reading version's {@link SerialShape}, conforms the value to that version's type, sets it through
 * the builder and builds: a stream can make only a model that the builder could make, and
 * {@code build()} runs every check of the schema on it.
 *
 * <p>A name the reading version does not have, a name given twice, and a value that is not of the
 * property's type are refused, each with an {@link InvalidObjectException} that names the property;
 * so is a model that breaks a rule, with the {@link UsageViolationException} as its cause. A
 * property the stream does not give stays absent, and {@code build()} refuses it if it is required.
 *
 * <p>The processor writes one subclass per serializable schema, {@code ImmutableX.SerializedForm},
 * which gives the shape, the values of a model and how to set them on the builder.
 */
public abstract class SerialForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Stands, among the values of a model, for a property that was not given; never written. */
    protected static final Object ABSENT = new Object();

    /** One value per property of this version's shape, {@link #ABSENT} where not given. */
    private transient Object[] values;

    /**
     * @param shape  the schema's properties
     * @param values a model's value of each, in the shape's order: {@link #ABSENT} where not given, a
     *               number boxed, an explicit null as {@code null}
     */
    protected SerialForm(SerialShape shape, Object... values) {
        if (values.length != shape.size()) {
            throw new IllegalArgumentException(shape.schema() + ": one value per property");
        }
        this.values = values;
    }

    /** {@return the properties of the schema, as this version declares them} */
    protected abstract SerialShape shape();

    /**
     * Sets every value that is not {@link #ABSENT} on a new builder and builds.
     *
     * @param values one per property of the {@link #shape()}, each conformed to its type
     * @return the model
     * @throws UsageViolationException listing every error of the model
     */
    protected abstract Object build(Object[] values);

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        SerialShape shape = shape();
        int given = 0;
        for (Object value : values) {
            if (value != ABSENT) {
                given++;
            }
        }
        out.writeInt(given);
        for (int index = 0; index < values.length; index++) {
            if (values[index] != ABSENT) {
                // One String per name, shared by every model of the schema: a stream of many models
                // writes each name once and refers back to it after that.
                out.writeObject(shape.name(index));
                SerialValues.write(out, values[index]);
            }
        }
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        SerialShape shape = shape();
        int given = in.readInt();
        if (given < 0) {
            throw new InvalidObjectException("the stream holds " + given + " properties of " + shape.schema());
        }
        Object[] read = new Object[shape.size()];
        Arrays.fill(read, ABSENT);
        for (int count = 0; count < given; count++) {
            Object name = in.readObject();
            if (!(name instanceof String)) {
                throw new InvalidObjectException("the stream holds a property of " + shape.schema()
                        + " whose name is not a string");
            }
            int index = shape.index((String) name);
            if (index < 0) {
                throw new InvalidObjectException("the stream holds " + shape.schema() + "." + name
                        + ", which this version of " + shape.schema() + " does not have");
            }
            if (read[index] != ABSENT) {
                throw new InvalidObjectException("the stream holds " + shape.describe(index) + " twice");
            }
            read[index] = shape.conform(index, SerialValues.read(in, shape.describe(index)));
        }
        this.values = read;
    }

    /** A stream that names the generated form but holds none of what this class writes. */
    private void readObjectNoData() throws ObjectStreamException {
        throw new InvalidObjectException("the stream holds no properties of " + shape().schema()
                + ": it was written by another serial form");
    }

    /**
     * {@return the model, built from the values read}
     * @throws InvalidObjectException when the model breaks a rule of error severity
     */
    protected final Object readResolve() throws ObjectStreamException {
        try {
            return build(values);
        } catch (UsageViolationException e) {
            InvalidObjectException invalid = new InvalidObjectException(e.getMessage());
            invalid.initCause(e);
            throw invalid;
        }
    }
}
