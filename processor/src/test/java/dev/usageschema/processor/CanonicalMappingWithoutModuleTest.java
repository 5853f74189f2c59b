package dev.usageschema.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A {@code @CanonicalMapping} needs the canonical module, which the processor does not bring (it is
 * a schema compiled with the processor): without it on the compile class path, one tagged error
 * says which dependency to add, and no model is written whose code would not compile.
 */
class CanonicalMappingWithoutModuleTest {

    @Test
    void aMappingWithoutTheCanonicalModuleIsAnErrorOnTheAnnotationNamingTheDependency() {
        JavaFileObject file = JavaFileObjects.forSourceString("test.Usage", """
                package test;
                import dev.usageschema.*;
                @CanonicalMapping(convention = "p", input = "prompt", output = "completion")
                @UsageSchema
                public interface Usage {
                    long prompt();
                    long completion();
                }
                """);

        Compilation compilation = javac().withProcessors(new UsageSchemaProcessor()).compile(file);

        assertThat(compilation).hadErrorContaining("[UsageSchemaCanonical] @CanonicalMapping gives Usage's model"
                + " toCanonical(), which needs the canonical usage (dev.usageschema.canonical.CanonicalUsage) on the"
                + " compile class path; add the dependency dev.usageschema:usage-schema-canonical").inFile(file).onLine(3);
        // One error only: nothing was written that names the missing types.
        assertThat(compilation.errors()).hasSize(1);
    }
}
