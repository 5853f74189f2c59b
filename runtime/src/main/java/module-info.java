/**
 * The annotations a schema uses, the violations and exception a model reports, and the shared
 * checks that generated models call.
 *
 * <p>Generated models carry {@link dev.usageschema.validation.ValidUsage}, a Jakarta Bean
 * Validation constraint, so a module that reads this one reads {@code jakarta.validation} too.
 * Warnings of {@code build()} go to the {@link System.Logger} named {@code dev.usageschema}.
 */
module dev.usageschema {
    requires transitive jakarta.validation;

    exports dev.usageschema;
    exports dev.usageschema.json;
    exports dev.usageschema.runtime;
    exports dev.usageschema.sum;
    exports dev.usageschema.validation;
}
