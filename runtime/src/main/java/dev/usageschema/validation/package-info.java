/**
 * The Jakarta Bean Validation bridge: generated models and builders carry {@link
 * dev.usageschema.validation.ValidUsage}, whose validator reports the schema's violations as
 * constraint violations. It calls the generated checks through {@link dev.usageschema.Checkable},
 * never by reflection. Only the Jakarta Validation API is needed; Hibernate Validator is what
 * users bring.
 */
package dev.usageschema.validation;
