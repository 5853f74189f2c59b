/**
 * The compile-time benchmark: javac's wall time, CPU time and peak memory over many units of the
 * benchmark shape, for usage-schema, AutoValue, Immutables, hand-written classes and plain records,
 * and the size of what each processor generates. Run
 * {@link dev.usageschema.benchmarks.compile.CompileTimeBenchmark}.
 */
package dev.usageschema.benchmarks.compile;
