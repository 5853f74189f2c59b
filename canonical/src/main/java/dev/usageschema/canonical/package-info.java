/**
 * The canonical usage ({@link dev.usageschema.canonical.CanonicalUsage}), which every provider schema
 * with a {@link dev.usageschema.CanonicalMapping} converts to, and the conversion its generated
 * {@code toCanonical()} calls ({@link dev.usageschema.canonical.CanonicalConversion}).
 */
package dev.usageschema.canonical;
