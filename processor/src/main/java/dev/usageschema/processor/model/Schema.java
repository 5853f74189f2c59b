package dev.usageschema.processor.model;

import com.palantir.javapoet.ClassName;
import dev.usageschema.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code @UsageSchema} interface, read.
 *
 * @param schemaType    the interface
 * @param generatedType the class to write
 * @param javadoc       the interface's doc comment, or empty
 * @param properties    in declaration order, inherited ones first
 * @param unreadable    names of accessors that could not be read; their errors are reported, and
 *                      the checks do not report them again as unknown
 * @param serializable  whether the interface extends {@code java.io.Serializable}, so the model must be too
 * @param jdkGenerated  whether the schema's module can see the JDK's {@code @Generated} (in
 *                      {@code java.compiler}): the class path, or a module that requires it
 * @param unknownFields what an undeclared JSON field is reported as: for a schema with an additional-properties
 *                      map its {@code report}, beside keeping it; else an error, a warning, or nothing
 * @param addition      the {@code @Addable} on it, when values of it can be added
 * @param canonical     the {@code @CanonicalMapping} on it, when its model converts to the canonical usage
 */
public record Schema(ClassName schemaType, ClassName generatedType, String javadoc, List<Property> properties,
        Set<String> unreadable, boolean serializable, boolean jdkGenerated, Severity unknownFields, Origin origin,
        Optional<AdditionSpec> addition, Optional<CanonicalMappingSpec> canonical) {

    public Schema {
        properties = List.copyOf(properties);
        unreadable = Set.copyOf(unreadable);
    }

    /** The name violations and messages use: the interface's simple name. */
    public String displayName() {
        return schemaType.simpleName();
    }
}
