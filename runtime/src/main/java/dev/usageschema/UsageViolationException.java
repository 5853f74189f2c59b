package dev.usageschema;

import java.util.List;

/** Thrown by {@code build()} when a value breaks invariants; carries every violation, not just the first. */
public final class UsageViolationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String schema;
    private final transient List<Violation> violations;

    public UsageViolationException(String schema, List<Violation> violations) {
        super(describe(schema, violations));
        this.schema = schema;
        this.violations = List.copyOf(violations);
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
}
