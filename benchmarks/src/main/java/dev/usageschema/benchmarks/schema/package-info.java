/** The benchmark shape as usage schemas; the processor generates the models under test. */
package dev.usageschema.benchmarks.schema;
