package dev.usageschema.cli;

/**
 * Why a command could not run at all (exit code 2): an unknown provider, a file that cannot be read,
 * options that do not go together. The message says what to do.
 */
final class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CommandFailure(String message) {
        super(message);
    }
}
