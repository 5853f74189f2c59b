package dev.usageschema.json;

/** What JSON value a property takes, and how {@link JsonReader} turns it into the property's Java value. */
public enum JsonKind {
    /** A whole number within {@code long}; a literal such as {@code 12.0} counts as whole. */
    LONG,
    /** A whole number within {@code int}. */
    INT,
    /** Any finite number. */
    DOUBLE,
    /** A count held in a {@code double}: judged on its literal, so that no count above 2^53 rounds silently. */
    DOUBLE_COUNT,
    BOOLEAN,
    STRING,
    /**
     * A number held exactly, as the {@code BigDecimal} or {@code BigInteger} its {@link JsonSchema#elementType}
     * names: the value its literal writes ({@code 0.000582}), never the {@code double} nearest it.
     */
    EXACT,
    /** A string naming a constant of the property's enum by its one wire name (or an alternate of it), exactly. */
    ENUM,
    /** An object of a nested schema. */
    NESTED,
    /** An array of objects of a nested schema. */
    NESTED_LIST,
    /** An array of plain values ({@link JsonSchema#elementType}), held as a {@code List} or {@code Collection}. */
    LIST,
    /** An array of distinct plain values, held as a {@code Set}; a value given twice is a violation. */
    SET,
    /** An object of plain values by name, held as a {@code Map<String, V>}. */
    MAP,
    /** A value this version cannot read from JSON (a type other than the ones above); reading it is a violation. */
    UNREADABLE,
    /** The map of undeclared fields: it has no wire name of its own; its entries sit beside the declared fields. */
    ADDITIONAL
}
