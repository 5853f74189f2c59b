/**
 * Stage 2: the rules a schema must follow, one class each, every failure a diagnostic on the
 * offending element or annotation value. All checks run, so one compile reports every problem.
 */
package dev.usageschema.processor.check;
