/** The benchmark shape written by hand with inline checks: the floor every other way is measured against. */
package dev.usageschema.benchmarks.handwritten;
