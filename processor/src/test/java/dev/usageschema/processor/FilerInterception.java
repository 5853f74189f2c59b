package dev.usageschema.processor;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * Runs {@link UsageSchemaProcessor} with javac's {@link Filer} replaced, so that tests can see
 * what it asks of the filer, or make the filer fail as a broken build environment would.
 */
final class FilerInterception extends AbstractProcessor {

    /** What a test puts between the processor and javac's filer. */
    interface SourceFiles {
        JavaFileObject create(Filer javac, CharSequence name, Element... originatingElements) throws IOException;
    }

    private final UsageSchemaProcessor processor = new UsageSchemaProcessor();
    private final SourceFiles sourceFiles;

    FilerInterception(SourceFiles sourceFiles) {
        this.sourceFiles = sourceFiles;
    }

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        processor.init(new Environment(environment, javac -> new InterceptingFiler(javac, sourceFiles)));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return processor.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return processor.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return processor.process(annotations, round);
    }

    private record Environment(ProcessingEnvironment javac, UnaryOperator<Filer> filer) implements ProcessingEnvironment {
        @Override
        public Map<String, String> getOptions() {
            return javac.getOptions();
        }

        @Override
        public Messager getMessager() {
            return javac.getMessager();
        }

        @Override
        public Filer getFiler() {
            return filer.apply(javac.getFiler());
        }

        @Override
        public Elements getElementUtils() {
            return javac.getElementUtils();
        }

        @Override
        public Types getTypeUtils() {
            return javac.getTypeUtils();
        }

        @Override
        public SourceVersion getSourceVersion() {
            return javac.getSourceVersion();
        }

        @Override
        public Locale getLocale() {
            return javac.getLocale();
        }
    }

    private record InterceptingFiler(Filer javac, SourceFiles sourceFiles) implements Filer {
        @Override
        public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) throws IOException {
            return sourceFiles.create(javac, name, originatingElements);
        }

        @Override
        public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) throws IOException {
            return javac.createClassFile(name, originatingElements);
        }

        @Override
        public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPackage,
                CharSequence relativeName, Element... originatingElements) throws IOException {
            return javac.createResource(location, moduleAndPackage, relativeName, originatingElements);
        }

        @Override
        public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPackage,
                CharSequence relativeName) throws IOException {
            return javac.getResource(location, moduleAndPackage, relativeName);
        }
    }
}
