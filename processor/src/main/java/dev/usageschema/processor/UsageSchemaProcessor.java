package dev.usageschema.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.usageschema.Addable;
import dev.usageschema.AdditionalProperties;
import dev.usageschema.AtMost;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Int32;
import dev.usageschema.Merge;
import dev.usageschema.NotACount;
import dev.usageschema.Nullable;
import dev.usageschema.Sum;
import dev.usageschema.UniqueBy;
import dev.usageschema.UsageSchema;
import dev.usageschema.UsageSchemaDefaults;
import dev.usageschema.UsageSchemaGenerated;
import dev.usageschema.WireName;
import dev.usageschema.WireNumber;
import dev.usageschema.processor.check.SchemaChecker;
import dev.usageschema.processor.model.Schema;
import dev.usageschema.processor.read.LocalSchemas;
import dev.usageschema.processor.read.ReadResult;
import dev.usageschema.processor.read.SchemaReader;
import dev.usageschema.processor.read.StrayAnnotations;
import dev.usageschema.processor.write.JacksonMajor;
import dev.usageschema.processor.write.JsonServiceFile;
import dev.usageschema.processor.write.ModelWriter;
import dev.usageschema.processor.write.SourceLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * The javac plug-in: for each {@code @UsageSchema} interface, read it into a model, check the
 * model, write the immutable class. Schemas that use types not generated yet wait for a later
 * round; a failure inside the processor becomes one error diagnostic, never a javac crash.
 */
@AutoService(Processor.class)
public final class UsageSchemaProcessor extends AbstractProcessor {

    /** Schemas waiting for a type that does not exist yet, by qualified name, with that type's name. */
    private final Map<String, String> deferred = new LinkedHashMap<>();

    private SchemaChecker checker;
    private ModelWriter writer;
    private SchemaReader reader;
    private final JsonServiceFile jsonForms = new JsonServiceFile();
    private boolean json;

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        json = JsonForms.wanted(environment);
        reader = new SchemaReader(environment, json);
        try {
            LocalSchemas.watch(environment);
        } catch (LinkageError noCompilerApi) {
            // Running where javac's com.sun.source API is missing (another compiler on a bare runtime):
            // local schemas go unreported there, as README says, and everything else works.
        }
        checker = new SchemaChecker(json);
        writer = new ModelWriter(json);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(JsonForms.OPTION);
    }

    /**
     * Our annotations, and the JDK's {@code @Generated} that our output carries: javac's
     * {@code -Xlint:processing} warns about any annotation no processor claims, and generated code
     * must compile under {@code -Xlint:all -Werror}. Claiming the JDK's {@code @Generated} keeps it
     * from processors that run after this one and ask for it by name; it is source-retained and
     * meant for tools that read source, and a processor that looks for generated types finds them
     * among the round's root elements. Jackson's {@code @JsonSerialize} and {@code @JsonDeserialize},
     * which a model carries when a JSON module is at hand, are claimed for the same warning, but only
     * in a round where no other element carries them, so that a later processor still sees them on
     * the user's own classes ({@link #process}). The
     * Bean Validation constraint needs no claim: generated classes inherit it from
     * {@link dev.usageschema.Checkable}.
     */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        Set<String> supported = Stream.of(UsageSchema.class, UsageSchemaDefaults.class, Addable.class, Merge.class,
                        CanonicalMapping.class,
                        Sum.class, UniqueBy.class,
                        AtMost.class, AtMost.List.class, WireName.class, WireNumber.class,
                        NotACount.class, Int32.class, Nullable.class, AdditionalProperties.class, UsageSchemaGenerated.class)
                .map(Class::getCanonicalName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        supported.add("javax.annotation.processing.Generated");
        // Likewise Jackson's databind annotations on models with a JSON form (DatabindWriter).
        for (JacksonMajor major : JacksonMajor.values()) {
            supported.addAll(List.of(major.annotations()));
        }
        return supported;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Set<TypeElement> schemas = new LinkedHashSet<>();
        for (String name : deferred.keySet()) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                schemas.add(type);
            }
        }
        deferred.clear();
        for (Element element : round.getElementsAnnotatedWith(UsageSchema.class)) {
            schemas.add((TypeElement) element);
        }
        for (TypeElement schema : schemas) {
            processSafely(schema);
        }
        StrayAnnotations.report(round, processingEnv.getMessager());
        if (round.processingOver()) {
            reportNeverResolved();
            jsonForms.write(processingEnv.getFiler(), processingEnv.getMessager());
        }
        // Claiming the annotations tells javac (and -Xlint:processing) they were handled, and hides them
        // from later processors: Jackson's only in a round where our models alone carry them.
        return !foreignDatabindAnnotations(annotations, round);
    }

    /** Whether Jackson's databind annotations sit in this round on any element that is not a generated model. */
    private static boolean foreignDatabindAnnotations(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Set<String> databind = new LinkedHashSet<>();
        for (JacksonMajor major : JacksonMajor.values()) {
            databind.addAll(List.of(major.annotations()));
        }
        for (TypeElement annotation : annotations) {
            if (databind.contains(annotation.getQualifiedName().toString())) {
                for (Element element : round.getElementsAnnotatedWith(annotation)) {
                    if (element.getAnnotation(UsageSchemaGenerated.class) == null) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void processSafely(TypeElement type) {
        try {
            process(type);
        } catch (RuntimeException | LinkageError | StackOverflowError failure) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "[UsageSchemaCrash] the usage-schema processor failed on " + type.getQualifiedName()
                            + ". This is a bug in usage-schema, not in your schema: please report it to the"
                            + " usage-schema project with this schema and the trace below.\n" + trace,
                    type);
        }
    }

    private void process(TypeElement type) {
        MessagerDiagnostics diagnostics = new MessagerDiagnostics(processingEnv.getMessager());
        ReadResult result = reader.read(type, diagnostics);
        if (result instanceof ReadResult.Deferred wait) {
            deferred.put(type.getQualifiedName().toString(), wait.missing());
            return;
        }
        if (!(result instanceof ReadResult.Read read)) {
            return;
        }
        Schema schema = read.schema();
        checker.check(schema, diagnostics);
        if (!diagnostics.hasErrors()) {
            write(writer.write(schema, type, json ? JsonForms.databind(processingEnv, type) : Set.of()), type);
            if (json) {
                jsonForms.add(schema);
            }
        }
    }

    private void write(JavaFile file, TypeElement origin) {
        String name = file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
        try {
            JavaFileObject source = processingEnv.getFiler().createSourceFile(name, origin);
            try (Writer writer = source.openWriter()) {
                writer.write(SourceLayout.of(file));
            }
        } catch (IOException failure) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "[UsageSchemaWrite] could not write "
                    + name + ": " + failure.getMessage()
                    + "; if a type of that name exists already, choose another with @UsageSchema(typeName = ...)", origin);
        }
    }

    private void reportNeverResolved() {
        for (Map.Entry<String, String> waiting : deferred.entrySet()) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(waiting.getKey());
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "[UsageSchemaMissingType] "
                    + waiting.getKey() + " uses " + waiting.getValue() + ", which does not exist;"
                    + " no processor generated it either", type);
        }
        deferred.clear();
    }
}
