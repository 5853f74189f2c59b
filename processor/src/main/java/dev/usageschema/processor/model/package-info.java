/**
 * The plain model of a schema that the read stage produces and the check and write stages
 * consume. Nothing from {@code javax.lang.model} lives here; {@link dev.usageschema.processor.model.Origin}
 * is how a later stage points a diagnostic back at the source.
 */
package dev.usageschema.processor.model;
