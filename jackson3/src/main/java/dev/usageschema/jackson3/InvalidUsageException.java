package dev.usageschema.jackson3;

import dev.usageschema.UsageViolationException;
import dev.usageschema.Violation;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * How databind fails on a usage object that its schema refuses, wherever it stands (the root, a
 * field of the caller's own classes, a list element): Jackson's {@link MismatchedInputException}
 * (a {@code DatabindException}), the exception of input that does not fit its type, so that a web
 * framework answers it as bad input (400) and Jackson adds the path of the field that held it. Its
 * cause is the {@link UsageViolationException} that lists every violation, each at its JSON
 * Pointer within the usage object; malformed JSON inside the object is one ({@code MALFORMED}).
 */
public final class InvalidUsageException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    InvalidUsageException(JsonParser parser, Class<?> type, UsageViolationException violations) {
        super(parser, violations.getMessage(), type);
        initCause(violations);
    }

    /** {@return every violation, each at its JSON Pointer within the usage object} */
    public List<Violation> violations() {
        return getCause().violations();
    }

    /** {@return the exception that lists every violation} */
    @Override
    public synchronized UsageViolationException getCause() {
        return (UsageViolationException) super.getCause();
    }
}
