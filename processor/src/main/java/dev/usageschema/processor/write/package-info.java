/**
 * Stage 3: JavaPoet turns a checked {@link dev.usageschema.processor.model.Schema} into the
 * source of its immutable model, one writer per concern of the generated class.
 */
package dev.usageschema.processor.write;
