package dev.usageschema;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamField;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Thrown by {@code build()} when a value breaks invariants; carries every violation, not just the first.
 *
 * <p>Serializable with its schema name and every violation (see {@link Violation} for how their
 * {@code actual} values are written): it comes back with the same unmodifiable list. A stream
 * without a schema name or a list, or with a {@code null} in the list, is rejected.
 */
public final class UsageViolationException extends IllegalArgumentException {

    private static final long serialVersionUID = 2L;

    /**
     * The serial form: {@code schema}, the schema's simple name, and {@code violations}, every
     * violation in order.
     *
     * @serialField schema String the simple name of the schema, never {@code null}
     * @serialField violations Violation[] every violation, none {@code null}
     */
    private static final ObjectStreamField[] serialPersistentFields = {
        new ObjectStreamField("schema", String.class),
        new ObjectStreamField("violations", Violation[].class),
    };

    // Not final only so that readObject can set them; nothing else does after construction.
    private transient String schema;
    private transient List<Violation> violations;

    /** The message, written on first demand: a caller that handles the violations never pays for it. */
    private transient String message;

    public UsageViolationException(String schema, List<Violation> violations) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.violations = List.copyOf(violations);
    }

    /** {@code ChatUsage is invalid (2 violations):} and one line per violation. */
    @Override
    public String getMessage() {
        String written = message;
        if (written == null) {
            // A benign race: every thread writes the same text.
            written = describe(schema, violations);
            message = written;
        }
        return written;
    }

    /** Simple name of the schema whose value was rejected. */
    public String schema() {
        return schema;
    }

    /** Every violation found, errors and warnings, in declaration order of the properties. */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(String schema, List<Violation> violations) {
        StringBuilder text = new StringBuilder()
                .append(schema)
                .append(" is invalid (")
                .append(violations.size())
                .append(violations.size() == 1 ? " violation):" : " violations):");
        for (Violation violation : violations) {
            text.append("\n  ").append(violation);
        }
        return text.toString();
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        ObjectOutputStream.PutField fields = out.putFields();
        fields.put("schema", schema);
        fields.put("violations", violations.toArray(new Violation[0]));
        out.writeFields();
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        ObjectInputStream.GetField fields = in.readFields();
        Object schemaRead = fields.get("schema", null);
        Object violationsRead = fields.get("violations", null);
        if (!(schemaRead instanceof String name)) {
            throw new InvalidObjectException("a UsageViolationException names its schema");
        }
        if (!(violationsRead instanceof Violation[] array)) {
            throw new InvalidObjectException("a UsageViolationException holds an array of violations");
        }
        if (Arrays.asList(array).contains(null)) {
            throw new InvalidObjectException("a UsageViolationException holds no null violation");
        }
        this.schema = name;
        this.violations = List.of(array);
    }
}
