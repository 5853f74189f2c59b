/**
 * The shared checks and copies that generated models call. Not meant for hand-written code: the
 * names and signatures follow what the processor writes. Nothing here uses reflection, and on a
 * valid value nothing allocates beyond the copies a model stores (its collections and additional
 * properties).
 */
package dev.usageschema.runtime;
