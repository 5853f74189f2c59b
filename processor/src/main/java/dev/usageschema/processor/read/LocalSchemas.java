package dev.usageschema.processor.read;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.usageschema.UsageSchema;
import dev.usageschema.UsageSchemaGenerated;
import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * A {@code @UsageSchema} declared inside a method body (a local interface), or nested in a local or
 * anonymous class: javac shows such types to no annotation processor, so such a schema would get
 * neither a model nor a word. Where
 * the processor runs in javac's own processing environment, this listener looks through each class
 * once javac has analysed it, when its local types exist, and reports each local schema. Another
 * compiler, or a build that wraps javac's environment (Gradle's incremental processing, IntelliJ's
 * build), gives no way in: there nothing is reported.
 */
public final class LocalSchemas implements TaskListener {

    private static final String SCHEMA = UsageSchema.class.getCanonicalName();

    private final Trees trees;

    private LocalSchemas(Trees trees) {
        this.trees = trees;
    }

    /** Starts looking for local schemas in the compile {@code environment} belongs to, if it is javac's. */
    public static void watch(ProcessingEnvironment environment) {
        JavacTask task;
        Trees trees;
        try {
            task = JavacTask.instance(environment);
            trees = Trees.instance(environment);
        } catch (IllegalArgumentException notJavacsOwn) {
            return;
        }
        task.addTaskListener(new LocalSchemas(trees));
    }

    @Override
    public void finished(TaskEvent event) {
        // Generated models declare no schemas: only the sources people write are looked through.
        if (event.getKind() != TaskEvent.Kind.ANALYZE || event.getTypeElement() == null
                || event.getTypeElement().getAnnotation(UsageSchemaGenerated.class) != null) {
            return;
        }
        CompilationUnitTree unit = event.getCompilationUnit();
        try {
            // package-info and module-info have no class tree to look through.
            TreePath path = trees.getPath(event.getTypeElement());
            if (path != null) {
                new Scanner(unit).scan(path, null);
            }
        } catch (RuntimeException failure) {
            // A listener's exception would end javac; report it as the processor reports its own failures.
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            trees.printMessage(Diagnostic.Kind.ERROR, "[UsageSchemaCrash] the usage-schema processor failed looking"
                    + " for local schemas in " + event.getTypeElement().getQualifiedName() + ". This is a bug in"
                    + " usage-schema, not in your schema: please report it to the usage-schema project with the trace"
                    + " below.\n" + trace, unit, unit);
        }
    }

    /** Reports every local schema inside one analysed class. */
    private final class Scanner extends TreePathScanner<Void, Void> {

        private final CompilationUnitTree unit;

        Scanner(CompilationUnitTree unit) {
            this.unit = unit;
        }

        @Override
        public Void visitClass(ClassTree tree, Void unused) {
            // Only an annotated class inside code can be a hidden schema: the element is looked up for those alone.
            if (!tree.getModifiers().getAnnotations().isEmpty() && insideCode(getCurrentPath())) {
                Element element = trees.getElement(getCurrentPath());
                if (element instanceof TypeElement type && isSchema(type)) {
                    trees.printMessage(Diagnostic.Kind.ERROR, "[UsageSchemaTarget] " + type.getSimpleName()
                            + " is declared inside code (a method, a lambda, an initializer, or a local or anonymous"
                            + " class), and javac shows such types to no annotation processor, so no model can be"
                            + " generated for it; declare the schema at the top level or nested in a class or"
                            + " interface", tree, unit);
                }
            }
            return super.visitClass(tree, unused);
        }
    }

    /**
     * Whether a class lies inside code rather than among the members of top-level and member types:
     * a local class, or one nested in a local or anonymous class.
     */
    private static boolean insideCode(TreePath path) {
        for (TreePath up = path.getParentPath(); up != null; up = up.getParentPath()) {
            if (!(up.getLeaf() instanceof ClassTree) && !(up.getLeaf() instanceof CompilationUnitTree)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSchema(TypeElement type) {
        return type.getAnnotationMirrors().stream().anyMatch(mirror ->
                ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(SCHEMA));
    }
}
