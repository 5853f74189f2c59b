/** The benchmark shape with Immutables, its checks in {@code @Value.Check} methods. */
package dev.usageschema.benchmarks.immutables;
