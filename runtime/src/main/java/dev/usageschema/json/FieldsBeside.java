package dev.usageschema.json;

/**
 * The response's own fields in an object that a usage shares with them ({@link UsageSite#amongFieldsOf}):
 * {@link JsonReader} hands each field its schema does not declare here, rather than keeping or
 * reporting it, and counts the fields it does declare.
 */
abstract class FieldsBeside {

    /** How many of the object's fields the schema declares; none means the object holds no usage. */
    int declared;

    /**
     * Reads the value of a field the schema does not declare, all of it.
     *
     * @param name  the field's name
     * @param token its value's first token
     */
    abstract void field(String name, int token);
}
