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
 * What the model of a serializable schema is written as (its serialization proxy):
 *
 * <ol>
 *   <li>the Java names of the writing version's properties, in its order, as one object per
 *       schema: a stream of many models holds them once and refers back to them after that;
 *   <li>one bit per name, in bytes, set for each property the model gives;
 *   <li>each given property's value, in that order: a tag byte, then a number as a primitive, a
 *       collection element by element, or any other value as an object of the stream.
 * </ol>
 *
 * <p>Reading looks each given name up in the reading version's {@link SerialShape}, conforms the
 * value to that version's type, sets it through the builder and builds: a stream can make only a
 * model that the builder could make, and {@code build()} runs every check of the schema on it.
 * A given name the reading version does not have, a name given twice, and a value that is not of
 * the property's type are refused, each with an {@link InvalidObjectException} that names the
 * property; so is a model that breaks a rule, with the {@link UsageViolationException} as its
 * cause. A property the stream does not give stays absent, and {@code build()} refuses it if it
 * is required.
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
        SerialLayout layout = shape.layout();
        out.writeObject(layout);
        String[] names = layout.names();
        byte[] given = new byte[(names.length + Byte.SIZE - 1) / Byte.SIZE];
        for (int index = 0; index < values.length; index++) {
            if (values[index] != ABSENT) {
                given[index / Byte.SIZE] |= (byte) (1 << index % Byte.SIZE);
            }
        }
        out.write(given);
        for (int index = 0; index < values.length; index++) {
            if (values[index] != ABSENT) {
                SerialValues.write(out, values[index], shape.type(index));
            }
        }
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        SerialShape shape = shape();
        Object layout = in.readObject();
        if (!(layout instanceof SerialLayout)) {
            throw new InvalidObjectException("the stream holds " + (layout == null ? "null"
                    : "a " + layout.getClass().getName()) + " in place of the property names of " + shape.schema());
        }
        String[] names = ((SerialLayout) layout).names();
        byte[] given = new byte[(names.length + Byte.SIZE - 1) / Byte.SIZE];
        in.readFully(given);
        if (names.length % Byte.SIZE != 0 && (given[given.length - 1] & 0xff) >>> names.length % Byte.SIZE != 0) {
            throw new InvalidObjectException("the stream gives properties of " + shape.schema() + " that it does not name");
        }
        Object[] read = new Object[shape.size()];
        Arrays.fill(read, ABSENT);
        for (int written = 0; written < names.length; written++) {
            if ((given[written / Byte.SIZE] & 1 << written % Byte.SIZE) == 0) {
                continue;
            }
            int index = index(shape, names[written]);
            if (read[index] != ABSENT) {
                throw new InvalidObjectException("the stream holds " + shape.describe(index) + " twice");
            }
            read[index] = shape.conform(index, SerialValues.read(in, shape.describe(index)));
        }
        this.values = read;
    }

    /** The reading version's index of a property the stream gives. */
    private static int index(SerialShape shape, String name) throws InvalidObjectException {
        int index = shape.index(name);
        if (index < 0) {
            throw new InvalidObjectException("the stream holds " + shape.schema() + "." + name
                    + ", which this version of " + shape.schema() + " does not have");
        }
        return index;
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
