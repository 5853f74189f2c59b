package dev.usageschema.processor;

import dev.usageschema.processor.write.JacksonMajor;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Whether generated models carry their JSON form ({@code jsonSchema()}): when a JSON module of
 * usage-schema is on the compile class path, so that a build without JSON pays no generated code
 * for it. The processor option {@code -Ausageschema.json=true} or {@code =false} decides instead, for
 * a schema library compiled without the module that an application reads as JSON. A model with its
 * JSON form carries the databind annotations of each Jackson major whose JSON module it can see.
 */
final class JsonForms {

    static final String OPTION = "usageschema.json";

    /** The classes of the JSON modules, one per Jackson major. */
    private static final List<String> MODULES = List.of("dev.usageschema.jackson2.UsageJson",
            "dev.usageschema.jackson3.UsageJson");

    private JsonForms() {
    }

    /**
     * {@return the Jackson majors whose databind annotations a model of {@code schema} carries: those
     * whose JSON module the schema's module reads} On the class path that is every JSON module on
     * it; a named module reads one only when it requires it.
     */
    static Set<JacksonMajor> databind(ProcessingEnvironment environment, TypeElement schema) {
        Elements elements = environment.getElementUtils();
        ModuleElement module = elements.getModuleOf(schema);
        Set<JacksonMajor> majors = EnumSet.noneOf(JacksonMajor.class);
        for (JacksonMajor major : JacksonMajor.values()) {
            if ((module == null ? elements.getTypeElement(major.moduleClass())
                    : elements.getTypeElement(module, major.moduleClass())) != null) {
                majors.add(major);
            }
        }
        return majors;
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
