package dev.usageschema.processor.write;

import dev.usageschema.processor.model.Schema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The service file that lists every JSON form the processor wrote
 * ({@code META-INF/services/dev.usageschema.json.JsonSchema}), so that the JSON modules find the
 * models through Jackson's module discovery. Written once, when processing is over, with the forms
 * of an earlier build kept (a build that recompiles some schemas sees only those); a form whose
 * class is gone is skipped by the modules when they load the list.
 */
public final class JsonServiceFile {

    static final String PATH = "META-INF/services/dev.usageschema.json.JsonSchema";

    private final Set<String> forms = new TreeSet<>();

    /** Notes the JSON form of {@code schema}, written by {@link JsonSchemaWriter}. */
    public void add(Schema schema) {
        forms.add(schema.generatedType().reflectionName() + "$Json");
    }

    /** Writes the file, when any form was written in this build. */
    public void write(Filer filer, Messager messager) {
        if (forms.isEmpty()) {
            return;
        }
        Set<String> all = new TreeSet<>(forms);
        all.addAll(earlier(filer));
        try {
            FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH);
            try (Writer writer = file.openWriter()) {
                for (String form : all) {
                    writer.write(form + "\n");
                }
            }
        } catch (IOException | IllegalStateException failure) {
            messager.printMessage(Diagnostic.Kind.ERROR, "[UsageSchemaWrite] could not write " + PATH + ": "
                    + failure.getMessage());
        }
    }

    /** The forms an earlier build listed; none when there is no such file. */
    private static Set<String> earlier(Filer filer) {
        Set<String> listed = new TreeSet<>();
        try (Reader in = filer.getResource(StandardLocation.CLASS_OUTPUT, "", PATH).openReader(true);
                BufferedReader lines = new BufferedReader(in)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    listed.add(line.strip());
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException absent) {
            // No earlier file (or one the file manager will not read): this build's forms are the list.
        }
        return listed;
    }
}
