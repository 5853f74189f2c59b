/**
 * Adding usage up: {@link dev.usageschema.sum.Adder} adds values of an {@code @Addable} schema, one
 * pair all or nothing, or any number into a {@link dev.usageschema.sum.Total} that keeps the sum of
 * the good values apart from the bad ones and their reasons: through a {@code Collector}, a
 * thread-safe {@link dev.usageschema.sum.UsageTotal}, {@link dev.usageschema.sum.GroupedTotals} by a
 * key, or a streamed response's {@link dev.usageschema.sum.UsageStream}; generated code calls
 * {@link dev.usageschema.sum.Adding} for each property.
 */
package dev.usageschema.sum;
