package dev.usageschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a property that is not a count combines when values of an {@link Addable} schema are added:
 * a model name must agree, a service tier may take the last, a duration may add. Counts, nested
 * schemas and lists keyed by {@link UniqueBy} are added by their structure and take none.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Merge {

    /** The rule. */
    MergeRule value();
}
