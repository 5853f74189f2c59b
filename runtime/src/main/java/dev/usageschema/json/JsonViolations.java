package dev.usageschema.json;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Violation;
import dev.usageschema.runtime.Copies;
import dev.usageschema.runtime.Property;
import dev.usageschema.runtime.Texts;
import java.util.List;

/** The violations that only reading JSON can find, each at its property's paths. */
final class JsonViolations {

    private JsonViolations() {
    }

    static Violation wrongType(Property property, String found, String expected) {
        return error(property, Rule.JSON_TYPE, found, expected, property.name() + " is " + found + ", not " + expected);
    }

    /** A violation of a value read: {@code cachedTokens 12.5 is not a whole number}. */
    static Violation value(Property property, Rule rule, Object actual, String expected, String what) {
        return error(property, rule, actual, expected, property.name() + " " + actual + " " + what);
    }

    /**
     * A number read that breaks a rule, named as it was sent ({@code promptTokens 1e400 does not fit
     * a double}), its exact value the {@code actual}.
     */
    static Violation literal(Property property, Rule rule, String literal, String expected, String what) {
        return error(property, rule, NumberLiteral.exact(literal), expected, property.name() + " " + literal + " " + what);
    }

    /**
     * A number past the range of the Java type that would hold it, whatever rules the property has
     * besides: {@code a double}, {@code a 64-bit integer}.
     */
    static Violation outOfRange(Property property, String literal, String type) {
        return literal(property, Rule.NUMBER_RANGE, literal, "a number that fits " + type, "does not fit " + type);
    }

    /**
     * A string, or an integer for an enum with {@code @WireNumber}s, that stands for no constant of an
     * enum property: {@code ttl "2h" is not one of "5m", "1h"}, {@code modality 9 is not one of "TEXT", 1}.
     *
     * @param shown   what was sent, as the message shows it: a string quoted, a number as written
     * @param actual  what was sent, as the violation's value
     * @param names   every string accepted
     * @param numbers every number accepted, after them
     */
    static Violation notAConstant(Property property, String shown, Object actual, List<String> names,
            List<Integer> numbers) {
        StringBuilder oneOf = new StringBuilder("one of ");
        for (int at = 0; at < names.size(); at++) {
            oneOf.append(at == 0 ? "" : ", ").append(Texts.show(names.get(at)));
        }
        for (Integer number : numbers) {
            oneOf.append(", ").append(number);
        }
        return error(property, Rule.JSON_TYPE, actual, oneOf.toString(), property.name() + " " + shown + " is not " + oneOf);
    }

    static Violation duplicate(Property property, String name) {
        return error(property, Rule.DUPLICATE, name, "each property once",
                property.name() + " is given twice (as '" + name + "' the second time); the first is kept");
    }

    /**
     * An undeclared field, naming the schema (a nested one, where it is nested) that lacks it, what
     * becomes of it, and the way to stop the report: {@code OpenAiPromptDetails has no property 'foo';
     * kept in its additional properties (@AdditionalProperties(report = OFF) stops this report)}.
     */
    static Violation unknown(String name, Severity severity, String schema, boolean kept) {
        Property field = Property.of(name, name);
        String fate = severity == Severity.ERROR
                ? kept ? "it refuses undeclared fields (@AdditionalProperties(report = ERROR))"
                        : "it refuses undeclared fields (@UsageSchema(unknownFields = ERROR))"
                : kept ? "kept in its additional properties (@AdditionalProperties(report = OFF) stops this report)"
                        : "dropped (@UsageSchema(unknownFields = OFF) stops this report; an @AdditionalProperties"
                                + " map keeps such fields)";
        return new Violation(field.wirePath(), field.propertyPath(), Rule.UNKNOWN_PROPERTY, severity, name,
                "a declared property", schema + " has no property '" + name + "'; " + fate);
    }

    /**
     * A value of the undeclared field {@code field} nested past the limit, at where it passes it;
     * the message names the field, not that path, which is as long as the nesting is deep.
     */
    static Violation tooDeep(Property at, String field) {
        return new Violation(at.wirePath(), at.propertyPath(), Rule.UNSUPPORTED_VALUE, Severity.ERROR, null,
                "at most " + Copies.MAX_DEPTH + " levels", "'" + field + "' nests deeper than " + Copies.MAX_DEPTH
                        + " levels");
    }

    static Violation malformed(String pointer, String message) {
        return new Violation(pointer, "", Rule.MALFORMED, Severity.ERROR, null, "JSON", "unreadable JSON: " + message);
    }

    static Violation unsupported(Property property, String what) {
        return error(property, Rule.UNSUPPORTED_VALUE, null, "a value that can be read from JSON",
                property.name() + " " + what);
    }

    private static Violation error(Property property, Rule rule, Object actual, String expected, String message) {
        return new Violation(property.wirePath(), property.propertyPath(), rule, Severity.ERROR, actual, expected, message);
    }

    /** What a token is, as messages say it. */
    static String describe(int token) {
        return switch (token) {
            case JsonTokens.START_OBJECT -> "an object";
            case JsonTokens.START_ARRAY -> "an array";
            case JsonTokens.STRING -> "a string";
            case JsonTokens.INTEGER, JsonTokens.FLOAT -> "a number";
            case JsonTokens.TRUE, JsonTokens.FALSE -> "a boolean";
            case JsonTokens.NULL -> "null";
            default -> "not a value";
        };
    }
}
