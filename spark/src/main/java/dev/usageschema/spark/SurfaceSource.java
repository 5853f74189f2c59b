package dev.usageschema.spark;

import dev.usageschema.Validated;
import dev.usageschema.canonical.ImmutableCanonicalUsage;
import dev.usageschema.json.UsageSurface;
import dev.usageschema.providers.ProviderSurface;
import dev.usageschema.providers.Providers;
import java.io.Serializable;

/**
 * What a task needs to set up its {@link SurfaceCheck}, sent with it: a catalogue id, or a user's
 * serializable surface and canonical mapping. A surface itself is not serializable; it is made again
 * where the task runs.
 */
interface SurfaceSource extends Serializable {

    /** {@return the check of this source's records, made anew} */
    SurfaceCheck<?, ?> newCheck(boolean wholeResponses);

    /** {@return a name for messages} */
    String described();

    /** A surface of the catalogue, by id. */
    record Catalogue(String id) implements SurfaceSource {

        /** The source of the catalogue's surface with this id, which must be one: an unknown id fails here, on the driver. */
        static Catalogue named(String id) {
            surface(id);
            return new Catalogue(id);
        }

        @Override
        public SurfaceCheck<?, ?> newCheck(boolean wholeResponses) {
            return check(surface(id), wholeResponses);
        }

        @Override
        public String described() {
            return id;
        }

        private static ProviderSurface<?, ?> surface(String id) {
            if (id == null) {
                throw new IllegalArgumentException("the provider surface id is null; the catalogue has " + Providers.ids());
            }
            return Providers.named(id).orElseThrow(() -> new IllegalArgumentException(
                    "the catalogue has no provider surface '" + id + "'; it has " + Providers.ids()));
        }

        private static <X, M extends X> SurfaceCheck<X, M> check(ProviderSurface<X, M> surface, boolean wholeResponses) {
            UsageSurface<X, M> usage = surface.usageSurface();
            return new SurfaceCheck<>(usage, surface::toCanonical, wholeResponses);
        }
    }

    /** A user's surface and canonical mapping. */
    record Own<X, M extends X>(UsageCheck.SerializableSupplier<UsageSurface<X, M>> surface,
            UsageCheck.SerializableFunction<? super M, Validated<ImmutableCanonicalUsage>> canonical) implements SurfaceSource {

        @Override
        public SurfaceCheck<?, ?> newCheck(boolean wholeResponses) {
            return new SurfaceCheck<>(surface.get(), canonical, wholeResponses);
        }

        @Override
        public String described() {
            return surface.get().toString();
        }
    }
}
