package dev.usageschema.processor.model;

/** How an accessor holds its value; decides storage, setters and presence. */
public enum Container {
    /** {@code int}, {@code long}, {@code double}, {@code boolean}: always present, never null. */
    PRIMITIVE,
    /** {@code Integer}, {@code Long}, {@code Double}: present; null only when nullable. */
    BOXED,
    /** {@code OptionalInt}, {@code OptionalLong}, {@code OptionalDouble}: may be absent. */
    OPTIONAL_PRIMITIVE,
    /** Any other reference type: present; null only when nullable. */
    REFERENCE,
    /** {@code Optional<T>}: may be absent. */
    OPTIONAL;

    public boolean isOptional() {
        return this == OPTIONAL_PRIMITIVE || this == OPTIONAL;
    }
}
