/**
 * Stage 1: {@code javax.lang.model} elements to the plain {@link dev.usageschema.processor.model}.
 * Problems only the source can show (a method with parameters, an unsupported type) are
 * reported here; rules between properties belong to the check stage.
 */
package dev.usageschema.processor.read;
