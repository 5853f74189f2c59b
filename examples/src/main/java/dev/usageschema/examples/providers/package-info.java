/**
 * Usage shapes of real providers, each saying what its total means: the cases that break the
 * textbook arithmetic on purpose are declared, not assumed away.
 */
package dev.usageschema.examples.providers;
