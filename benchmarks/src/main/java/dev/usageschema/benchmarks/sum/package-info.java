/**
 * Adding two usages up: the benchmark shape as an {@code @Addable} schema against the addition a
 * careful person writes by hand for the hand-written classes.
 */
package dev.usageschema.benchmarks.sum;
