/** The benchmark shape as plain records: the baseline of the compile-time benchmark. */
package dev.usageschema.benchmarks.records;
