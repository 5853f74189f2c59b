package dev.usageschema.processor.write;

import dev.usageschema.processor.model.BoundSpec;
import dev.usageschema.processor.model.ListSumPart;
import dev.usageschema.processor.model.NestedCountPath;
import dev.usageschema.processor.model.Property;
import dev.usageschema.processor.model.Schema;

/**
 * The names the generated code makes up and the writers share. Each contains a {@code $} (as does
 * every name a single writer makes up for its own locals), which no property name may contain (the
 * check stage rejects it), so no generated member, constant or local can collide with a property,
 * whatever the schema names its accessors; and the markers after the {@code $} keep the kinds of
 * names apart from each other.
 */
final class Names {

    /** The builder a model is made from, as the constructor's parameter. */
    static final String BUILDER = "$builder";
    /** A value just made from a builder, before its checks have judged it. */
    static final String VALUE = "$value";
    /** An element of a list, as a lambda's parameter. */
    static final String ELEMENT = "$element";
    /** The checked count of an element of a list, as a loop's local. */
    static final String ELEMENT_COUNT = "$elementCount";
    /** The violations a check method grows; {@code null} until the first one. */
    static final String FOUND = "$found";
    /** The violations of nested values that could not be converted, kept for the checks. */
    static final String REJECTED = "$rejected";
    /** The wire names of the declared properties, which no additional property may take. */
    static final String DECLARED_WIRE_NAMES = "$declaredWireNames";
    /** The model's check method: every violation of what it holds, or {@code null}. */
    static final String CHECK = "$check";

    private Names() {
    }

    /** A word of presence bits: which properties were given, which as an explicit null. */
    static String presenceWord(int word) {
        return "$bits" + word;
    }

    /** The static description of a property: {@code promptTokens$}. */
    static String property(Property property) {
        return property.name() + "$";
    }


    static String sumRule(Property total) {
        return total.name() + "$sum";
    }

    static String rangeRule(Property number) {
        return number.name() + "$range";
    }

    /** The rule of a property's bound: {@code cached$atMost}, then {@code cached$atMost1} for a second one. */
    static String boundRule(Property bounded, BoundSpec bound) {
        return bounded.name() + "$atMost" + (bound.index() == 0 ? "" : Integer.toString(bound.index()));
    }


    /** The one count of every element of a list that a bound on the list names. */
    static String boundCount(Property bounded, BoundSpec bound) {
        return boundRule(bounded, bound) + "$count";
    }

    /** A checked count, a {@link dev.usageschema.runtime.Counts} value, as a local. */
    static String count(Property property) {
        return property.name() + "$count";
    }


    /**
     * The checked value of a part of {@code total}'s sum, as a local: a count, or the added counts of
     * a list's elements ({@code total$details$each$tokens}, one per sum, added with that sum's rule).
     */
    static String partCount(Schema schema, Property total, String part) {
        return ListSumPart.of(part)
                .map(listPart -> total.name() + "$" + listPart.list() + "$each$" + listPart.count())
                .or(() -> NestedCountPath.of(part).map(nestedPart -> total.name() + "$" + path(nestedPart)))
                .orElseGet(() -> count(Schemas.property(schema, part)));
    }

    /** The sum of the parts of {@code total}'s sum that a list's elements give, as a local. */
    static String givenPartCount(Schema schema, Property total, String part) {
        return partCount(schema, total, part) + "$given";
    }

    /** {@code details$audio$tokens}, a path as part of a local's name. */
    static String path(NestedCountPath path) {
        return String.join("$", path.holders()) + "$" + path.count();
    }

    /** The running sum of a total's parts, as a local. */
    static String parts(Property total) {
        return total.name() + "$parts";
    }

    /** The running sum of the parts of a total that are given, as a local. */
    static String givenParts(Property total) {
        return total.name() + "$given";
    }
}
