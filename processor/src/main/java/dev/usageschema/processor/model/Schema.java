package dev.usageschema.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * One {@code @UsageSchema} interface, read.
 *
 * @param schemaType    the interface
 * @param generatedType the class to write
 * @param javadoc       the interface's doc comment, or empty
 * @param properties    in declaration order, inherited ones first
 */
public record Schema(ClassName schemaType, ClassName generatedType, String javadoc, List<Property> properties, Origin origin) {

    public Schema {
        properties = List.copyOf(properties);
    }

    /** The name violations and messages use: the interface's simple name. */
    public String displayName() {
        return schemaType.simpleName();
    }
}
