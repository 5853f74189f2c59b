/**
 * The same usage shape (prompt, completion, a total that must be their sum, prompt details
 * {cached, audio} within the prompt, completion details {reasoning} within the completion, every
 * count non-negative) made each way in its own package, the JMH benchmark that builds and checks
 * each in one run ({@link dev.usageschema.benchmarks.BuildBenchmark}), and the compile-time
 * benchmark ({@link dev.usageschema.benchmarks.compile.CompileTimeBenchmark}).
 */
package dev.usageschema.benchmarks;
