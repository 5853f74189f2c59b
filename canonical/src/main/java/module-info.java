/**
 * The canonical usage: one shape for every provider's usage, with its identities checked, and the
 * conversion that the {@code toCanonical()} of a schema with a {@code @CanonicalMapping} calls.
 */
module dev.usageschema.canonical {
    requires transitive dev.usageschema;

    exports dev.usageschema.canonical;

    provides dev.usageschema.json.JsonSchema with dev.usageschema.canonical.CanonicalUsageJson;
}
