/**
 * The shared checks that generated models call. Not meant for hand-written code: the names and
 * signatures follow what the processor writes. Nothing here uses reflection, and nothing on a
 * valid value allocates.
 */
package dev.usageschema.runtime;
