/**
 * Adding usage up: {@link dev.usageschema.sum.Adder} adds values of an {@code @Addable} schema,
 * one pair, a {@code Collector} or a thread-safe {@link dev.usageschema.sum.UsageTotal}; generated
 * code calls {@link dev.usageschema.sum.Adding} for each property.
 */
package dev.usageschema.sum;
