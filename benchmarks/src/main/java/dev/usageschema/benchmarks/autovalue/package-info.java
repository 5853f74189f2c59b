/** The benchmark shape with AutoValue, its checks in each builder's {@code build()}. */
package dev.usageschema.benchmarks.autovalue;
