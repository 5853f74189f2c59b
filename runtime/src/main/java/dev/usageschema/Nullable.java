package dev.usageschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The property may be present as an explicit {@code null}. Independent of being optional: an
 * {@code Optional}/{@code OptionalLong} accessor marked nullable returns {@code null} for an
 * explicit null and an empty optional for an absent value. Any annotation named {@code Nullable}
 * (JSpecify's, for one) means the same.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE_USE})
public @interface Nullable {
}
