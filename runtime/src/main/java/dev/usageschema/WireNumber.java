package dev.usageschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a constant of an enum that a schema holds: the integer that also stands for it in JSON, for a
 * provider that sends an enum by its number where another sends its name (Vertex AI's Gemini
 * {@code modality} is the proto enum number {@code 1} where the Gemini API sends {@code "TEXT"}).
 *
 * <pre>{@code
 * enum Modality {
 *     @WireNumber(0) MODALITY_UNSPECIFIED,
 *     @WireNumber(1) TEXT,
 *     @WireNumber(2) IMAGE
 * }
 * }</pre>
 *
 * <p>The JSON reader then takes the constant's wire name ({@link WireName}, else its Java name, and its
 * alternates) or this number; writing keeps the name. An integer no constant has is a
 * {@link Rule#JSON_TYPE} violation naming every name and number accepted. Either every constant of
 * the enum has a number, each its own, or none does: anything else does not compile.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface WireNumber {

    /** The number. */
    int value();
}
