package dev.usageschema.processor;

import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.Diagnostic;

/**
 * Whether generated models carry their JSON form ({@code jsonSchema()}): when a JSON module of
 * usage-schema is on the compile class path, so that a build without JSON pays no generated code
 * for it. The processor option {@code -Ausageschema.json=true} or {@code =false} decides instead, for
 * a schema library compiled without the module that an application reads as JSON.
 */
final class JsonForms {

    static final String OPTION = "usageschema.json";

    /** The classes of the JSON modules, one per Jackson major. */
    private static final List<String> MODULES = List.of("dev.usageschema.jackson2.UsageJson",
            "dev.usageschema.jackson3.UsageJson");

    private JsonForms() {
    }

    static boolean wanted(ProcessingEnvironment environment) {
        String option = environment.getOptions().get(OPTION);
        if (option == null) {
            return MODULES.stream().anyMatch(module -> environment.getElementUtils().getTypeElement(module) != null);
        }
        if (!option.equals("true") && !option.equals("false")) {
            environment.getMessager().printMessage(Diagnostic.Kind.ERROR, "[UsageSchemaOption] -A" + OPTION + "="
                    + option + " is neither true nor false; leave it out to generate JSON forms when a JSON module"
                    + " of usage-schema is on the class path");
        }
        return option.equals("true");
    }
}
