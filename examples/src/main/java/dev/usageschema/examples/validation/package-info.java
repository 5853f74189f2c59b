/**
 * A schema validated with Hibernate Validator: the schema's invariants through the generated
 * {@code @ValidUsage}, and the application's own constraints, groups and payloads on its accessors.
 */
package dev.usageschema.examples.validation;
