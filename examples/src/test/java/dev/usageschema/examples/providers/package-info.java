/**
 * Usage shapes of real providers as examples of the schema language for the tests (nested lists,
 * {@code @UniqueBy}, cross-object sums, derived totals...), each saying what its total means: the cases
 * that break the textbook arithmetic on purpose are declared, not assumed away. The schemas to use are
 * the provider catalogue's ({@code dev.usageschema.providers}); these stay as they were written, so that
 * each test keeps the shape it was written against.
 */
package dev.usageschema.examples.providers;
