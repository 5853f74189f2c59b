package dev.usageschema.runtime;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java names of one version's properties, in its order, as a serial form writes them: one
 * object per schema, so that a stream of many models holds the names once and refers back to
 * them after that. Written as a count and the names, never as an array: a damaged count then
 * costs no memory the stream does not hold.
 */
final class SerialLayout implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient String[] names;

    SerialLayout(String[] names) {
        this.names = names;
    }

    /** {@return the names in order} Never changed. */
    String[] names() {
        return names;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeInt(names.length);
        for (String name : names) {
            out.writeObject(name);
        }
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        int count = in.readInt();
        if (count < 0) {
            throw new InvalidObjectException("the stream names " + count + " properties");
        }
        List<String> read = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            Object name = in.readObject();
            if (!(name instanceof String)) {
                throw new InvalidObjectException("the stream names a property with " + (name == null ? "null"
                        : "a " + name.getClass().getName()) + " instead of a string");
            }
            read.add((String) name);
        }
        this.names = read.toArray(new String[0]);
    }

    private void readObjectNoData() throws InvalidObjectException {
        throw new InvalidObjectException("the stream holds property names without the names");
    }
}
