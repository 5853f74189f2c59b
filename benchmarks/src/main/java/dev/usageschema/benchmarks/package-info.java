/**
 * The same usage shape (prompt, completion, a total that must be their sum, cached tokens within
 * the prompt, every count non-negative) made five ways, and JMH benchmarks that build and check
 * each in one run, so that the ratios between them hold on whatever machine runs them.
 */
package dev.usageschema.benchmarks;
