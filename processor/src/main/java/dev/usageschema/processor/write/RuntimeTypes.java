package dev.usageschema.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.usageschema.AbsentInSum;
import dev.usageschema.Severity;
import dev.usageschema.StreamStyle;
import dev.usageschema.UsageSchemaGenerated;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.runtime.BoundRule;
import dev.usageschema.runtime.Counted;
import dev.usageschema.runtime.NestedCounts;
import dev.usageschema.runtime.NestedBoundRule;
import dev.usageschema.runtime.NestedLists;
import dev.usageschema.runtime.NestedValues;
import dev.usageschema.runtime.ModelBuilder;
import dev.usageschema.runtime.NumberRule;
import dev.usageschema.runtime.Counts;
import dev.usageschema.runtime.Copies;
import dev.usageschema.runtime.Texts;
import dev.usageschema.runtime.Property;
import dev.usageschema.runtime.SerialForm;
import dev.usageschema.runtime.SerialShape;
import dev.usageschema.runtime.SerialType;
import dev.usageschema.runtime.SumRule;
import dev.usageschema.sum.AddableModel;
import dev.usageschema.sum.Adder;
import dev.usageschema.sum.Adding;
import dev.usageschema.runtime.Violations;
import java.util.List;

/** The runtime types that generated code names. */
final class RuntimeTypes {

    static final ClassName COUNTS = ClassName.get(Counts.class);
    static final ClassName PROPERTY = ClassName.get(Property.class);
    static final ClassName COPIES = ClassName.get(Copies.class);
    static final ClassName TEXTS = ClassName.get(Texts.class);
    static final ClassName SUM_RULE = ClassName.get(SumRule.class);
    static final ClassName BOUND_RULE = ClassName.get(BoundRule.class);
    static final ClassName NESTED_BOUND_RULE = ClassName.get(NestedBoundRule.class);
    static final ClassName COUNTED = ClassName.get(Counted.class);
    static final ClassName NESTED_COUNTS = ClassName.get(NestedCounts.class);
    static final ClassName NUMBER_RULE = ClassName.get(NumberRule.class);
    static final ClassName NESTED_LISTS = ClassName.get(NestedLists.class);
    static final ClassName NESTED_VALUES = ClassName.get(NestedValues.class);
    static final ClassName MODEL_BUILDER = ClassName.get(ModelBuilder.class);
    static final ClassName VIOLATIONS = ClassName.get(Violations.class);
    static final ClassName SERIAL_FORM = ClassName.get(SerialForm.class);
    static final ClassName SERIAL_SHAPE = ClassName.get(SerialShape.class);
    static final ClassName SERIAL_TYPE = ClassName.get(SerialType.class);
    static final ClassName ADDER = ClassName.get(Adder.class);
    static final ClassName ADDABLE_MODEL = ClassName.get(AddableModel.class);
    static final ClassName ADDING = ClassName.get(Adding.class);
    static final ClassName ABSENT_IN_SUM = ClassName.get(AbsentInSum.class);
    static final ClassName STREAM_STYLE = ClassName.get(StreamStyle.class);
    static final ClassName VIOLATION = ClassName.get(Violation.class);
    static final ClassName SEVERITY = ClassName.get(Severity.class);
    static final ClassName VALIDATED = ClassName.get(Validated.class);
    static final ClassName GENERATED_MARKER = ClassName.get(UsageSchemaGenerated.class);
    static final ClassName JDK_GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    static final TypeName VIOLATION_LIST = ParameterizedTypeName.get(ClassName.get(List.class), VIOLATION);

    private RuntimeTypes() {
    }
}
